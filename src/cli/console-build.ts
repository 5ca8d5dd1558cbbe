/**
 * The console is served from web/dist. It is built when missing, and again when any of its
 * sources is newer than the build (after a `git pull`, say), so nobody is served an old console.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './config.js';

const WEB = path.join(ROOT, 'web');
const BUILT = path.join(WEB, 'dist', 'index.html');

/** The newest modification time among the files the console is built from. */
function newestSource(): number {
  let newest = 0;
  const visit = (file: string) => {
    const stat = statSync(file);
    if (stat.isDirectory()) for (const name of readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of ['src', 'index.html', 'vite.config.ts']) visit(path.join(WEB, source));
  return newest;
}

export function consoleNeedsBuild(): boolean {
  return !existsSync(BUILT) || statSync(BUILT).mtimeMs < newestSource();
}

/**
 * Builds web/dist for production. Vite takes React's development build when NODE_ENV says
 * otherwise (Vitest sets it to 'test'), so it is set for the build and put back afterwards: the
 * console the browser tests build is the one `npm start` then serves.
 */
export async function buildConsole(): Promise<void> {
  const { build } = await import('vite');
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}
