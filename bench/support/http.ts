/** A small JSON client over Node's fetch (undici, keep-alive) for the benchmark's clients. */

export interface Answer {
  status: number;
  body: unknown;
}

export class HttpClient {
  constructor(private readonly baseUrl: string) {}

  async request(
    method: 'GET' | 'POST',
    path: string,
    options: { cookie?: string; body?: unknown } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (options.cookie) headers.cookie = options.cookie;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.baseUrl}/api/v1${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? parseJson(text) : null };
  }

  /** Signs a demo account in and returns the session cookie to send with its requests. */
  async login(username: string, password = 'yimen-demo'): Promise<string> {
    const res = await fetch(`${this.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    await res.text();
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('yimen_session='));
    if (res.status !== 200 || !cookie) throw new Error(`login ${username}: HTTP ${res.status}`);
    return cookie.split(';')[0]!;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A field of a JSON answer, or undefined: answers are read without trusting their shape. */
export function field(body: unknown, ...keys: string[]): unknown {
  let value = body;
  for (const key of keys) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
