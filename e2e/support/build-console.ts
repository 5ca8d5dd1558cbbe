/**
 * Once per test run: the browser tests need the built console in web/dist. It is built when
 * missing (a fresh clone) or older than the console's sources, before any test server starts.
 */
import { buildConsole, consoleNeedsBuild } from '../../src/cli/console-build.js';

export default async function setup() {
  if (!consoleNeedsBuild()) return;
  console.log('[yimen tests] Building the console (web/dist) for the browser tests…');
  await buildConsole();
}
