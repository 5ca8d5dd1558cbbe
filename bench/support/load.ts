/**
 * Closed-loop load: N workers each send one request (or one short sequence) after another until
 * a deadline, and every request's latency is kept per operation.
 */

export interface Sample {
  method: string;
  path: string;
  status: number;
  body: unknown;
}

export interface OperationStats {
  name: string;
  concurrency: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

const MAX_SAMPLES = 5;

/** Latencies and unexpected answers per operation, for one scenario. */
export class Recorder {
  private readonly latencies = new Map<string, number[]>();
  private readonly errorCounts = new Map<string, number>();
  /** The first few unexpected answers, with the request that got them, for the report. */
  readonly samples: Sample[] = [];
  private startedAt = 0;
  private elapsedMs = 0;

  start(): void {
    this.startedAt = performance.now();
  }

  end(): void {
    this.elapsedMs = performance.now() - this.startedAt;
  }

  record(operation: string, ms: number): void {
    let list = this.latencies.get(operation);
    if (!list) this.latencies.set(operation, (list = []));
    list.push(ms);
  }

  unexpected(operation: string, sample: Sample): void {
    this.errorCounts.set(operation, (this.errorCounts.get(operation) ?? 0) + 1);
    if (this.samples.length < MAX_SAMPLES) this.samples.push(sample);
  }

  get seconds(): number {
    return this.elapsedMs / 1000;
  }

  stats(operation: string, concurrency: string): OperationStats {
    const sorted = [...(this.latencies.get(operation) ?? [])].sort((a, b) => a - b);
    return {
      name: operation,
      concurrency,
      requests: sorted.length,
      errors: this.errorCounts.get(operation) ?? 0,
      perSecond: sorted.length / this.seconds,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
    };
  }
}

/** Nearest-rank percentile of an ascending list; NaN for an empty one. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** One worker's next step; `'stop'` ends that worker early. */
export type Step = () => Promise<void | 'stop'>;

/** Runs every worker's step in a loop until the deadline (a step under way is finished). */
export async function runUntil(deadline: number, workers: Step[]): Promise<void> {
  await Promise.all(
    workers.map(async (step) => {
      while (performance.now() < deadline) {
        if ((await step()) === 'stop') return;
      }
    }),
  );
}
