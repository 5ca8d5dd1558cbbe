/**
 * Pieces of SQL text the city generator is built from. Every generated row is a pure function of
 * (seed, kind, business-day index, centre ordinal, row index): ids are spelled from those numbers
 * and random draws come from `hashint8extended`, so a chunk is one INSERT … SELECT over
 * generate_series, the same on PGlite and on a PostgreSQL server, with no per-row round trips.
 * Only numbers and strings the generator made itself are spliced into the text (`lit` escapes).
 */

/** What a generated id encodes as its first byte: one value per table. */
export const ID_KIND = {
  centre: 1,
  window: 2,
  user: 3,
  applicant: 4,
  ticket: 5,
  service: 6,
  case: 7,
  request: 8,
  notice: 9,
  rating: 10,
  appointment: 11,
  pause: 12,
  complaint: 13,
  appeal: 14,
} as const;
export type IdKind = keyof typeof ID_KIND;

/** Users of a centre by their fixed number: clerks are 1…windows+1, the rest below. */
export const STAFF = { reply: 50, officer: 60, officers: 3, manager: 70 } as const;

/** 24 bits of the seed, so two generated cities with different seeds never share an id. */
export function batchOf(seed: number): number {
  let x = (seed ^ 0x5bd1e995) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) >>> 0;
  return (x ^ (x >>> 13)) & 0xffffff;
}

function prefix(kind: IdKind, seed: number): string {
  return ((ID_KIND[kind] << 24) | batchOf(seed)).toString(16).padStart(8, '0');
}

/**
 * The id of a generated row, in JavaScript (centre and staff ids the caller needs): the table's
 * byte and the batch, then (day × 1024 + centre) × 2^20 + row in hexadecimal.
 */
export function generatedId(
  kind: IdKind,
  seed: number,
  day: number,
  centre: number,
  row: number,
): string {
  const tail = ((BigInt(day) * 1024n + BigInt(centre)) * 1048576n + BigInt(row))
    .toString(16)
    .padStart(24, '0');
  const h = prefix(kind, seed) + tail;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The same id as a SQL expression over integer expressions (one to_hex: ids are made by the million). */
export function idSql(
  kind: IdKind,
  seed: number,
  day: string,
  centre: string,
  row: string,
): string {
  return `('${prefix(kind, seed)}' || lpad(to_hex(((${day})::bigint * 1024 + (${centre})) * 1048576 + (${row})), 24, '0'))::uuid`;
}

/** 64 random bits for (key, salt): `key` is a bigint expression unique per row. */
export function hashSql(key: string, salt: number, seed: number): string {
  return `hashint8extended((${key}) * 16 + ${salt}, ${Math.trunc(seed)})`;
}

/** The `part`-th (0–3) 16-bit slice of a hash as a uniform number in (0, 1). */
export function uSql(hash: string, part: 0 | 1 | 2 | 3): string {
  // float8 throughout: a numeric literal here would turn every draw into slow numeric arithmetic.
  return `((((${hash}) >> ${16 * part}) & 65535)::float8 + 0.5::float8) / 65536::float8`;
}

export function lit(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function textArray(values: readonly string[]): string {
  return `array[${values.map(lit).join(',')}]::text[]`;
}

export function numberArray(values: readonly number[], type: 'int' | 'float8'): string {
  for (const v of values)
    if (!Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  return `array[${values.join(',')}]::${type}[]`;
}

export function dateArray(values: readonly string[]): string {
  for (const v of values)
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new RangeError(`not a date: ${v}`);
  return `'{${values.join(',')}}'::date[]`;
}

/** Seconds since the epoch at which a Shanghai business date begins (UTC+8, no daylight saving). */
export function midnightSql(date: string): string {
  return `((${date} - date '1970-01-01')::bigint * 86400 - 28800)`;
}

export function tsSql(epochSeconds: string): string {
  return `to_timestamp(${epochSeconds})`;
}

// GB 11643-1999 (ISO 7064 MOD 11-2): the weights of the 17 digits and the check characters.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The weighted sum of a six-digit area code, computed once per centre. */
export function areaWeightSum(areaCode: string): number {
  return [...areaCode].reduce((sum, d, i) => sum + Number(d) * WEIGHTS[i]!, 0);
}

/**
 * The check character of a resident ID whose area code weighs `areaSum`, birth date is the
 * integer `birth` (yyyymmdd) and sequence is `seq` (0–999), as SQL.
 */
export function idCheckSql(areaSum: string, birth: string, seq: string): string {
  const birthTerms = WEIGHTS.slice(6, 14).map(
    (w, k) => `${w} * ((${birth}) / ${10 ** (7 - k)} % 10)`,
  );
  const seqTerms = WEIGHTS.slice(14).map((w, k) => `${w} * ((${seq}) / ${10 ** (2 - k)} % 10)`);
  return `substr('10X98765432', ((${areaSum}) + ${[...birthTerms, ...seqTerms].join(' + ')}) % 11 + 1, 1)`;
}

/**
 * Arrivals over the day, by hour from 08:30 (the 2018 city rule: 8:30–16:30 without a midday
 * break): a peak mid-morning, a dip at lunch, a second smaller peak after it.
 */
const HOURLY_ARRIVALS = [0.14, 0.18, 0.16, 0.09, 0.1, 0.14, 0.12, 0.07];

/**
 * Seconds after 08:30 at which the arrival at quantile `q` (0–1) comes: the inverse of the
 * piecewise-linear distribution above. Monotone in q, so tickets drawn in order arrive in order.
 */
export function arrivalSecondsSql(q: string): string {
  let cum = 0;
  const cases: string[] = [];
  HOURLY_ARRIVALS.forEach((share, hour) => {
    const next = cum + share;
    const test = hour === HOURLY_ARRIVALS.length - 1 ? '' : `when (${q}) < ${next.toFixed(4)} `;
    const value = `${hour * 3600} + ((${q}) - ${cum.toFixed(4)}) / ${share} * 3600`;
    cases.push(test ? `${test}then ${value}` : `else ${value}`);
    cum = next;
  });
  return `least(28799, greatest(0, floor(case ${cases.join(' ')} end)))::int`;
}
