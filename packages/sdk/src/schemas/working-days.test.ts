import { expect } from 'chai';
import {
  addWorkingDays,
  calendarDayAt,
  deadlineStageOf,
  dueAt,
  isWeekend,
  workingDaysBetween,
} from './working-days.js';

// Part of 2026 as SKB 3 Menteri 1497/2/5 of 2025 sets it: Nyepi 19 March, Idulfitri 21-22 March, cuti bersama
// 18, 20, 23 and 24 March.
const MARCH_2026 = new Set([
  '2026-03-18',
  '2026-03-19',
  '2026-03-20',
  '2026-03-21',
  '2026-03-22',
  '2026-03-23',
  '2026-03-24',
]);
const offIn2026 = (date: string) => MARCH_2026.has(date);
const none = () => false;

describe('working days', () => {
  it('knows Saturday and Sunday', () => {
    expect(isWeekend('2026-11-28')).to.equal(true);
    expect(isWeekend('2026-11-29')).to.equal(true);
    expect(isWeekend('2026-11-30')).to.equal(false);
  });

  it('counts from the next day and skips a weekend', () => {
    // Friday + 1 working day = Monday.
    expect(addWorkingDays('2026-03-13', 1, none)).to.equal('2026-03-16');
    // A request on a Saturday: its first working day is Monday.
    expect(addWorkingDays('2026-03-14', 1, none)).to.equal('2026-03-16');
    expect(addWorkingDays('2026-03-13', 0, none)).to.equal('2026-03-13');
  });

  it('skips national holidays and cuti bersama (Lebaran 2026)', () => {
    // Tuesday 17 March + 1: Wednesday 18 is cuti bersama, ... Tuesday 24 is cuti bersama: Wednesday 25.
    expect(addWorkingDays('2026-03-17', 1, offIn2026)).to.equal('2026-03-25');
    // Monday 16 March + 10 working days: 17, 25, 26, 27, 30, 31, 1, 2, 3 April is a holiday only when listed.
    expect(addWorkingDays('2026-03-16', 10, offIn2026)).to.equal('2026-04-06');
    expect(workingDaysBetween('2026-03-16', '2026-04-06', offIn2026)).to.equal(10);
  });

  it('refuses a negative or fractional period', () => {
    expect(() => addWorkingDays('2026-03-13', -1, none)).to.throw(RangeError);
    expect(() => addWorkingDays('2026-03-13', 1.5, none)).to.throw(RangeError);
    expect(() => addWorkingDays('13-03-2026', 1, none)).to.throw(RangeError);
  });

  it('ends a period at 23:59:59 local time in the region of the aspiration', () => {
    // Pangkal Pinang (WIB): Friday 13 March, 10:00 WIB + 1 working day = Monday 16 March 23:59:59 WIB.
    expect(dueAt('2026-03-13T03:00:00.000Z', 1, '19.71.01.1004', none)).to.equal('2026-03-16T16:59:59.000Z');
    // Jayapura (WIT): 23:30 WIB on Friday is already Saturday in WIT, so the period starts Monday.
    expect(calendarDayAt('2026-03-13T16:30:00.000Z', '+09:00')).to.equal('2026-03-14');
    expect(dueAt('2026-03-13T16:30:00.000Z', 1, '91.71', none)).to.equal('2026-03-16T14:59:59.000Z');
  });

  it('names the stage an aspiration waits for', () => {
    expect(deadlineStageOf('received')).to.equal('response');
    expect(deadlineStageOf('forwarded')).to.equal('resolution');
    expect(deadlineStageOf('resolved')).to.equal(undefined);
    expect(deadlineStageOf('rejected')).to.equal(undefined);
  });

  it('keeps an information request in its one period from receipt until it is decided (UU 14/2008 art. 22(7))', () => {
    for (const status of ['received', 'verified', 'forwarded', 'in_progress'] as const) {
      expect(deadlineStageOf(status, 'information_request'), status).to.equal('response');
    }
    expect(deadlineStageOf('verified', 'complaint')).to.equal('resolution');
    expect(deadlineStageOf('resolved', 'information_request')).to.equal(undefined);
  });
});
