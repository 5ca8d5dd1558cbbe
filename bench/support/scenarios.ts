/**
 * The benchmark's scenarios, each a fixed duration of closed-loop load on one running server:
 * kiosks issuing, clerks calling through the queue the kiosks filled, and both at once.
 */
import { clerk, kiosk, type Seat, type Tally } from './clients.js';
import type { HttpClient } from './http.js';
import { Recorder, runUntil, type OperationStats, type Sample, type Step } from './load.js';

export interface ScenarioResult {
  name: string;
  seconds: number;
  rows: OperationStats[];
  samples: Sample[];
  /** The app server process's CPU time over the scenario, in cores (1 = one core all along). */
  serverCores?: number;
}

export interface ScenarioOptions {
  http: HttpClient;
  tally: Tally;
  seats: Seat[];
  seconds: number;
  kiosks: number;
}

async function run(seconds: number, build: (recorder: Recorder) => Step[]): Promise<Recorder> {
  const recorder = new Recorder();
  const workers = build(recorder);
  recorder.start();
  await runUntil(performance.now() + seconds * 1000, workers);
  recorder.end();
  return recorder;
}

/** `kiosks` clients issuing tickets round the lines as fast as they are answered. */
export async function issueScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const { http, tally, kiosks, seconds } = options;
  const recorder = await run(seconds, (r) =>
    Array.from({ length: kiosks }, (_, i) => kiosk({ http, recorder: r, tally }, i)),
  );
  return {
    name: 'issue',
    seconds: recorder.seconds,
    rows: [recorder.stats('issue ticket', `${kiosks} kiosks`)],
    samples: recorder.samples,
  };
}

/**
 * Every clerk at their own window: call-next, start, finish, again, through the tickets already
 * waiting; a clerk stops when the queue is empty.
 */
export async function callNextScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const { http, tally, seats, seconds } = options;
  const recorder = await run(seconds, (r) =>
    seats.map((seat) => clerk({ http, recorder: r, tally }, seat, { waitWhenEmpty: false })),
  );
  const clerks = `${seats.length} clerks`;
  return {
    name: 'call-next',
    seconds: recorder.seconds,
    rows: ['call-next', 'start', 'finish', 'cycle'].map((op) => recorder.stats(op, clerks)),
    samples: recorder.samples,
  };
}

/** Kiosks and clerks at once, as in the hall at its peak: the queue is refilled as it is called. */
export async function mixedScenario(options: ScenarioOptions): Promise<ScenarioResult> {
  const { http, tally, seats, seconds, kiosks } = options;
  const recorder = await run(seconds, (r) => [
    ...Array.from({ length: kiosks }, (_, i) => kiosk({ http, recorder: r, tally }, i)),
    ...seats.map((seat) => clerk({ http, recorder: r, tally }, seat, { waitWhenEmpty: true })),
  ]);
  const clerks = `${seats.length} clerks`;
  return {
    name: 'mixed',
    seconds: recorder.seconds,
    rows: [
      recorder.stats('issue ticket', `${kiosks} kiosks`),
      ...['call-next', 'cycle'].map((op) => recorder.stats(op, clerks)),
    ],
    samples: recorder.samples,
  };
}
