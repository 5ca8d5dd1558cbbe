/** Helpers for the hand-off (收受分离) tests: a second and a third centre, and a hand-off body. */
import { randomUUID } from 'node:crypto';
import { APPLICANT, createOtherCentre } from './factories.js';
import type { TestEnv } from './harness.js';

/** 廉租住房申请: not 全市通办, so the centre of the applicant's address accepts it; 20 working days. */
export const HANDOFF_ITEM = 'ZF-003';
/** Its five required materials (m6, a disability certificate, is optional). */
export const HANDOFF_MATERIALS = ['m1', 'm2', 'm3', 'm4', 'm5'];

/** 09:00 Shanghai on a date. */
export const nineOn = (date: string) => `${date}T01:00:00Z`;

/** The accepting centre `north` and a bystander `third`, each with a clerk and a manager. */
export async function createHandoffCentres(env: TestEnv) {
  return {
    north: await createOtherCentre(env, { code: 'north', name: '北区街道社区事务受理服务中心' }),
    third: await createOtherCentre(env, { code: 'third', name: '第三街道社区事务受理服务中心' }),
  };
}

/** A complete hand-off body from the demo centre to `north`; override any field. */
export function handoffBody(overrides: Record<string, unknown> = {}) {
  return {
    requestId: randomUUID(),
    itemCode: HANDOFF_ITEM,
    toCentreCode: 'north',
    applicant: APPLICANT,
    materialsReceived: HANDOFF_MATERIALS,
    note: '申请人户籍在北区',
    ...overrides,
  };
}

/** Records a hand-off as the demo clerk and returns its id. */
export async function receiveHandoff(env: TestEnv, overrides: Record<string, unknown> = {}) {
  const res = await env.call('POST', '/api/v1/handoffs', {
    cookie: await env.login('clerk'),
    body: handoffBody(overrides),
  });
  if (res.status !== 201) throw new Error(`hand-off: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.handoff.id as string;
}
