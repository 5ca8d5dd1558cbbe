/** Messages between the benchmark and its server process, over Node's IPC channel. */
import type { QueueCheck } from './checks.js';

/** From the server process: listening, the answer to a check, or a failure before it was ready. */
export type ServerMessage =
  | { type: 'ready'; port: number; database: 'pglite' | 'postgres'; serverVersion: string }
  | { type: 'checked'; check: QueueCheck }
  | { type: 'usage'; cpuMs: number }
  | { type: 'failed'; message: string };

/** To the server process: run the checks, report its CPU time so far, or shut down cleanly. */
export type BenchMessage = { type: 'check' } | { type: 'usage' } | { type: 'stop' };
