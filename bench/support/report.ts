/** The benchmark's printed report: the machine, one table per database, the checks, the ceiling. */
import os from 'node:os';
import type { QueueCheck } from './checks.js';
import type { Sample } from './load.js';
import type { PgbenchResult } from './pgbench.js';
import type { ScenarioResult } from './scenarios.js';

export function machineLines(): string[] {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `- CPUs: ${os.availableParallelism()} × ${cpu}`,
    `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node.js ${process.version} on ${os.type()} ${os.release()} (${os.arch()})`,
    `- ${loadAverage('before the run')}`,
  ];
}

/** The 1, 5 and 15 minute load averages: other work on the machine skews every figure. */
export function loadAverage(when: string): string {
  return `load average ${when}: ${os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')} (on ${os.availableParallelism()} CPUs)`;
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(1));
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

export function scenarioTable(results: ScenarioResult[]): string[] {
  const lines = [
    row([
      'scenario',
      'operation',
      'concurrency',
      'requests',
      'errors',
      'req/s',
      'p50 ms',
      'p99 ms',
    ]),
    '|---|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    const cpu =
      result.serverCores === undefined ? '' : `, app CPU ${result.serverCores.toFixed(2)}`;
    const scenario = `${result.name} (${result.seconds.toFixed(1)} s${cpu})`;
    for (const r of result.rows) {
      const operation = r.name === 'cycle' ? 'call → start → finish' : r.name;
      const rate = r.perSecond.toFixed(0);
      lines.push(
        row([scenario, operation, r.concurrency, r.requests, r.errors, rate, ms(r.p50), ms(r.p99)]),
      );
    }
  }
  return lines;
}

export function sampleLines(results: ScenarioResult[]): string[] {
  const samples: Sample[] = results.flatMap((r) => r.samples);
  return samples.map(
    (s) =>
      `- unexpected: ${s.method} ${s.path} → ${s.status} ${JSON.stringify(s.body).slice(0, 300)}`,
  );
}

export function checkLines(
  check: QueueCheck,
  client: { repeatedNumbers: number; repeatedCalls: number; queueEmpty: number },
): string[] {
  const statuses = Object.entries(check.byStatus)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  const inDbAndClients = (db: number, seen: number, who: string) =>
    `${db} in the database, ${seen} seen by the ${who}`;
  return [
    `- tickets in the database: ${check.tickets} (${statuses})`,
    `- numbers given twice (line, day): ${inDbAndClients(check.duplicateNumbers, client.repeatedNumbers, 'kiosks')}`,
    `- tickets called twice: ${inDbAndClients(check.calledTwice, client.repeatedCalls, 'clerks')}`,
    `- windows holding two tickets: ${check.windowsHoldingTwo}`,
    `- finished tickets without one ended service: ${check.doneWithoutService}`,
    `- malformed numbers: ${check.malformedNumbers}`,
    `- sequence numbers handed out but unused (rolled back): ${check.unusedSeqs}`,
    `- call-next answered 204 (queue empty): ${client.queueEmpty}`,
  ];
}

export function pgbenchTable(results: PgbenchResult[], seconds: number): string[] {
  return [
    row([`pgbench script (${seconds} s)`, 'clients', 'transactions', 'tps', 'latency avg ms']),
    '|---|---:|---:|---:|---:|',
    ...results.map((r) =>
      row([r.name, r.clients, r.transactions, r.tps.toFixed(0), r.latencyMs.toFixed(2)]),
    ),
  ];
}
