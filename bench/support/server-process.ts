/** Starts and stops the benchmark's server process and asks it for the correctness check. */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { QueueCheck } from './checks.js';
import type { BenchMessage, ServerMessage } from './protocol.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./server.ts', import.meta.url));

export interface BenchServer {
  pid: number;
  baseUrl: string;
  database: 'pglite' | 'postgres';
  serverVersion: string;
  check(): Promise<QueueCheck>;
  /** CPU time the server process has used so far (user + system), in milliseconds. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

/** The next message of the given type, or an error when the process exits or reports a failure. */
function nextMessage<T extends ServerMessage['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
) {
  return new Promise<Extract<ServerMessage, { type: T }>>((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`server process: no '${type}' within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: ServerMessage) => {
      if (message.type === 'failed')
        finish(new Error(`server process failed:\n${message.message}`));
      else if (message.type === type) finish(null, message as Extract<ServerMessage, { type: T }>);
    };
    const onExit = (code: number | null) =>
      finish(new Error(`server process exited (${code}) before '${type}'`));
    function finish(err: Error | null, message?: Extract<ServerMessage, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function startBenchServer(options: { databaseUrl?: string }): Promise<BenchServer> {
  const child = fork(ENTRY, [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BENCH_DATABASE_URL: options.databaseUrl ?? '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const tell = (message: BenchMessage) => child.send(message);
  const ready = await nextMessage(child, 'ready', 120_000).catch((err: unknown) => {
    child.kill();
    throw err;
  });
  return {
    pid: child.pid!,
    baseUrl: `http://127.0.0.1:${ready.port}`,
    database: ready.database,
    serverVersion: ready.serverVersion,
    async check() {
      const answer = nextMessage(child, 'checked', 60_000);
      tell({ type: 'check' });
      return (await answer).check;
    },
    async cpuMs() {
      const answer = nextMessage(child, 'usage', 10_000);
      tell({ type: 'usage' });
      return (await answer).cpuMs;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      tell({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
