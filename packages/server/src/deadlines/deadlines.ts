// When an aspiration is due: its kind's target for the stage it waits for, in working days of its region.
import {
  type AspirationKind,
  type AspirationStatus,
  DEFAULT_DEADLINE_TARGETS,
  type DeadlineStage,
  type DeadlineTargets,
  deadlineStageOf,
  dueAt,
} from '@kim-kit/sdk/schemas';
import { HolidayCalendar } from './holiday-calendar.js';

export interface Deadline {
  stage: DeadlineStage;
  dueAt: string;
}

export class Deadlines {
  constructor(
    readonly targets: DeadlineTargets = DEFAULT_DEADLINE_TARGETS,
    readonly calendar: HolidayCalendar = new HolidayCalendar(),
  ) {}

  /** The deadline of an aspiration that reached `status` at `at`, or `undefined` once it is finished. */
  of(kind: AspirationKind, status: AspirationStatus, at: string, regionCode: string): Deadline | undefined {
    const stage = deadlineStageOf(status, kind);
    if (stage === undefined) return undefined;
    return { stage, dueAt: dueAt(at, this.targets[kind][stage], regionCode, this.calendar.isDayOff) };
  }
}

/**
 * Targets from `KIM_DEADLINES` / `--deadlines`: `kind.stage=days` pairs separated by commas, over the defaults:
 * `complaint.response=5,complaint.resolution=20`.
 */
export function parseDeadlineTargets(text: string, base: DeadlineTargets = DEFAULT_DEADLINE_TARGETS): DeadlineTargets {
  const targets = Object.fromEntries(Object.entries(base).map(([kind, t]) => [kind, { ...t }])) as Record<
    string,
    Record<string, number>
  >;
  for (const pair of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^([a-z_]+)\.(response|resolution|extension)=(\d{1,3})$/.exec(pair);
    const kind = match?.[1];
    if (!match || kind === undefined || !(kind in targets)) {
      throw new Error(
        `Deadline "${pair}" is not kind.stage=days with kind ${Object.keys(targets).join('|')} and stage ` +
          'response|resolution|extension',
      );
    }
    const days = Number(match[3]);
    if (days < 1 || days > 365) throw new Error(`Deadline "${pair}": days must be 1 to 365`);
    const target = targets[kind];
    if (target) target[match[2] as string] = days;
  }
  return targets as unknown as DeadlineTargets;
}
