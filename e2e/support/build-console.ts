/**
 * Once per test run: the browser tests need the built console in web/dist. A fresh clone has
 * none, and a build older than the console's sources would test yesterday's pages, so it is
 * built then (Vite, a few seconds).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));
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

export default async function setup() {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestSource()) return;
  console.log('[yimen tests] Building the console (web/dist) for the browser tests…');
  const { build } = await import('vite');
  await build({ configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn' });
}
