import { expect, it } from 'vitest';
import { describeOnEachDb } from '../support/harness.js';
import { acceptCase, findItem, serveNewTicket, windowsByNumber } from '../support/factories.js';

describeOnEachDb('a centre\'s day', (env) => {
  it('takes an immediate item from ticket to rating', async () => {
    const windows = await windowsByNumber(env());
    const item = await findItem(env(), 'immediate');
    const { ticketId, serviceId, cookie } = await serveNewTicket(env(), { line: item.line, windowId: windows.get(3)!.id });
    const accepted = await acceptCase(env(), { ticketId, item, cookie });
    expect(accepted.status).toBe(201);
    expect(accepted.body.case.status).toBe('accepted');
    expect(accepted.body.notice.kind).toBe('acceptance');
    expect(accepted.body.notice.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    env().clock.advanceMinutes(8);
    const finished = await env().call('POST', `/api/v1/cases/${accepted.body.case.id}/finish`, { cookie });
    expect(finished.body.case.status).toBe('finished');
    const done = await env().call('POST', `/api/v1/tickets/${ticketId}/finish`, { cookie });
    expect(done.body.ticket.status).toBe('done');
    const pad = await env().call('GET', `/api/v1/windows/${windows.get(3)!.id}/pad`);
    expect(pad.body.pending.serviceId).toBe(serviceId);
    const rated = await env().call('POST', '/api/v1/ratings', { body: { serviceId, level: 5 } });
    expect(rated.status).toBe(201);
    const again = await env().call('POST', '/api/v1/ratings', { body: { serviceId, level: 1 } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('rating.already_given');
    const manager = await env().login('manager');
    const today = await env().call('GET', '/api/v1/dashboard/today', { cookie: manager });
    expect(today.body).toMatchObject({ ticketsIssued: 1, accepted: 1, finishedOnSpot: 1, onSpotRate: 1, ratings: 1, badRatings: 0 });
    expect(today.body.immediateAvgMinutes).toBe(8);
  });
});
