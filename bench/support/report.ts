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
    `- load average before the run: ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`,
  ];
}

const ms = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(1));

export function scenarioTable(results: ScenarioResult[]): string[] {
  const lines = [
    '| scenario | operation | concurrency | requests | errors | req/s | p50 ms | p99 ms |',
    '|---|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const result of results) {
    for (const row of result.rows) {
      const name = row.name === 'cycle' ? 'call → start → finish' : row.name;
      const cpu = result.serverCores === undefined ? '' : `, app CPU ${result.serverCores.toFixed(2)}`;
      lines.push(
        `| ${result.name} (${result.seconds.toFixed(1)} s${cpu}) | ${name} | ${row.concurrency} | ${row.requests} | ${row.errors} | ` +
          `${row.perSecond.toFixed(0)} | ${ms(row.p50)} | ${ms(row.p99)} |`,
      );
    }
  }
  return lines;
}

export function sampleLines(results: ScenarioResult[]): string[] {
  const samples: Sample[] = results.flatMap((r) => r.samples);
  return samples.map((s) => `- unexpected: ${s.method} ${s.path} → ${s.status} ${JSON.stringify(s.body).slice(0, 300)}`);
}

export function checkLines(check: QueueCheck, client: { repeatedNumbers: number; repeatedCalls: number; queueEmpty: number }): string[] {
  const statuses = Object.entries(check.byStatus).map(([s, n]) => `${s} ${n}`).join(', ');
  return [
    `- tickets in the database: ${check.tickets} (${statuses})`,
    `- numbers given twice (line, day): ${check.duplicateNumbers} in the database, ${client.repeatedNumbers} seen by the kiosks`,
    `- tickets called twice: ${check.calledTwice} in the database, ${client.repeatedCalls} seen by the clerks`,
    `- windows holding two tickets: ${check.windowsHoldingTwo}; finished tickets without one ended service: ${check.doneWithoutService}`,
    `- malformed numbers: ${check.malformedNumbers}; sequence numbers handed out but unused: ${check.unusedSeqs}`,
    `- call-next answered 204 (queue empty): ${client.queueEmpty}`,
  ];
}

export function pgbenchTable(results: PgbenchResult[], seconds: number): string[] {
  return [
    `| pgbench script (${seconds} s) | clients | transactions | tps | latency avg ms |`,
    '|---|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.name} | ${r.clients} | ${r.transactions} | ${r.tps.toFixed(0)} | ${r.latencyMs.toFixed(2)} |`),
  ];
}
