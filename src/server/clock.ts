/** Every rule takes the time from a clock handed to it; nothing reads Date.now() directly. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that starts at `start` and runs at real speed from there (YIMEN_CLOCK_START): for
 * training rooms and replays of a past day.
 */
export function runningClockFrom(start: Date, real: Clock = systemClock): Clock {
  const offset = start.getTime() - real.now().getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}

/** A clock that only moves when told to: tests and the day simulator. */
export class ManualClock implements Clock {
  private ms: number;
  constructor(start: Date | string) {
    this.ms = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  set(instant: Date | string): void {
    this.ms = new Date(instant).getTime();
  }
  advanceMinutes(minutes: number): void {
    this.ms += minutes * 60_000;
  }
}

export function clockFromEnv(value: string | undefined): Clock {
  if (!value) return systemClock;
  const start = new Date(value);
  if (Number.isNaN(start.getTime())) throw new Error(`YIMEN_CLOCK_START is not an ISO 8601 instant: ${value}`);
  return runningClockFrom(start);
}
