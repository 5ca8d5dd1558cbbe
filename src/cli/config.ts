import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Settings read from the environment, with the defaults a fresh checkout runs on. */
export function envConfig(env = process.env) {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is not a port number: ${env.PORT}`);
  const host = env.HOST ?? '127.0.0.1';
  return {
    port,
    host,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.YIMEN_DATA_DIR ?? path.join(ROOT, 'data', 'pglite')),
    clockStart: env.YIMEN_CLOCK_START || undefined,
    publicUrl: env.YIMEN_PUBLIC_URL ?? `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    secureCookies: env.YIMEN_SECURE_COOKIES === 'true',
    webDist: path.join(ROOT, 'web', 'dist'),
    trustProxy: trustProxySetting(env.YIMEN_TRUST_PROXY),
  };
}

/** YIMEN_TRUST_PROXY: unset = trust no proxy; a number = that many hops; otherwise addresses/CIDRs. */
function trustProxySetting(value: string | undefined): boolean | string | ((address: string, hop: number) => boolean) {
  if (!value) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return value === 'true' ? true : value;
}
