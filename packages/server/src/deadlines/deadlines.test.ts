import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DEADLINE_TARGETS } from '@kim-kit/sdk/schemas';
import { expect } from 'chai';
import { Deadlines, parseDeadlineTargets } from './deadlines.js';
import { HolidayCalendar, HolidayCalendarError } from './holiday-calendar.js';
import { NATIONAL_CALENDAR } from './national-holidays.js';

// Pangkal Pinang (WIB); 10:00 WIB is 03:00 UTC.
const PANGKAL_PINANG = '19.71.01.1004';
const at = (day: string) => `${day}T03:00:00.000Z`;
const endOf = (day: string) => new Date(Date.parse(`${day}T23:59:59+07:00`)).toISOString();

describe('deadlines in working days', () => {
  const deadlines = new Deadlines();

  it('counts an information request 10 working days across a weekend and a holiday (UU 14/2008 art. 22(7))', () => {
    // Wednesday 12 August 2026: 13, 14, (weekend, 17 August), 18, 19, 20, 21, 24, (25 Maulid), 26, 27, 28.
    const deadline = deadlines.of('information_request', 'received', at('2026-08-12'), PANGKAL_PINANG);
    expect(deadline).to.deep.equal({ stage: 'response', dueAt: endOf('2026-08-28') });
  });

  it('skips cuti bersama as well as the holidays of Lebaran 2026', () => {
    // Tuesday 17 March: Wednesday 18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21-22 Idulfitri, 23-24 cuti bersama.
    const deadline = deadlines.of('complaint', 'received', at('2026-03-17'), PANGKAL_PINANG);
    expect(deadline?.dueAt).to.equal(endOf('2026-03-27'));
    expect(new HolidayCalendar().dayOff('2026-03-23')).to.deep.include({ type: 'collective_leave' });
  });

  it('waits for the resolution once answered, and for nothing once finished', () => {
    expect(deadlines.of('complaint', 'verified', at('2026-11-30'), PANGKAL_PINANG)?.stage).to.equal('resolution');
    expect(deadlines.of('complaint', 'resolved', at('2026-11-30'), PANGKAL_PINANG)).to.equal(undefined);
    expect(deadlines.of('aspiration', 'rejected', at('2026-11-30'), PANGKAL_PINANG)).to.equal(undefined);
  });

  it('knows which years the national list covers, each with its decree named', () => {
    const calendar = new HolidayCalendar();
    expect(calendar.covers(2026)).to.equal(true);
    expect(calendar.covers(2030)).to.equal(false);
    for (const year of NATIONAL_CALENDAR) expect(year.source).to.match(/^SKB .*Tahun \d{4}/);
  });

  describe('the override file', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'kim-holidays-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('adds a regional holiday and gives back a cuti bersama the office works', () => {
      const file = join(dir, 'holidays.json');
      writeFileSync(
        file,
        JSON.stringify({
          holidays: [{ date: '2026-12-01', name: 'Hari libur daerah' }],
          workingDays: ['2026-12-24'],
        }),
      );
      const calendar = HolidayCalendar.fromFile(file);
      expect(calendar.dayOff('2026-12-01')).to.deep.equal({
        date: '2026-12-01',
        name: 'Hari libur daerah',
        type: 'regional',
      });
      expect(calendar.isDayOff('2026-12-24')).to.equal(false);
      expect(calendar.isDayOff('2026-12-25')).to.equal(true);
      const local = new Deadlines(DEFAULT_DEADLINE_TARGETS, calendar);
      // Monday 30 November + 3 working days: 1 December is off here, so 2, 3, 4.
      expect(local.of('complaint', 'received', at('2026-11-30'), PANGKAL_PINANG)?.dueAt).to.equal(endOf('2026-12-04'));
      expect(deadlines.of('complaint', 'received', at('2026-11-30'), PANGKAL_PINANG)?.dueAt).to.equal(
        endOf('2026-12-03'),
      );
    });

    it('refuses a malformed file with the place of the mistake', () => {
      const file = join(dir, 'bad.json');
      writeFileSync(file, JSON.stringify({ holidays: [{ date: '2026-13-01', name: 'x' }] }));
      expect(() => HolidayCalendar.fromFile(file)).to.throw(HolidayCalendarError, /holidays\.0\.date/);
      expect(() => HolidayCalendar.fromFile(join(dir, 'missing.json'))).to.throw(HolidayCalendarError, /Cannot read/);
    });
  });

  it('reads targets from kind.stage=days pairs over the defaults', () => {
    const targets = parseDeadlineTargets('complaint.response=5, complaint.resolution=20');
    expect(targets.complaint).to.deep.equal({ response: 5, resolution: 20 });
    expect(targets.information_request).to.deep.equal(DEFAULT_DEADLINE_TARGETS.information_request);
    expect(() => parseDeadlineTargets('complaint.answer=5')).to.throw(/kind\.stage=days/);
    expect(() => parseDeadlineTargets('complaint.response=0')).to.throw(/1 to 365/);
  });
});
