import { expect, it } from 'vitest';
import { describeOnEachDb } from '../support/harness.js';
import { acceptCase, findItem, serveNewTicket, VALID_ID, windowsByNumber } from '../support/factories.js';

/** A committed item accepted on Monday 2 March 2026 and worked through to collection. */
describeOnEachDb('the back office and the reply window', (env) => {
  let caseId = '';
  let caseNumber = '';
  let deadline = '';
  let department = '';

  it('lists the department\'s open cases by deadline with working days left', async () => {
    const windows = await windowsByNumber(env());
    const item = await findItem(env(), 'committed');
    department = item.department;
    const { ticketId, cookie } = await serveNewTicket(env(), { line: item.line, windowId: windows.get(4)!.id, clerk: 'clerk4' });
    const accepted = await acceptCase(env(), { ticketId, item, cookie });
    caseId = accepted.body.case.id;
    caseNumber = accepted.body.case.number;
    deadline = accepted.body.case.deadline;
    await env().call('POST', `/api/v1/tickets/${ticketId}/finish`, { cookie });
    const officer = await env().login('officer');
    const list = await env().call('GET', '/api/v1/cases?scope=department&status=open', { cookie: officer });
    const row = list.body.cases.find((c: any) => c.id === caseId);
    expect(row).toMatchObject({ workingDaysLeft: item.promisedDays, warning: item.promisedDays <= 2 ? 'amber' : 'none' });
    expect(row.applicant.idNumber).toBe('110***********002X');
    expect(row.applicant.phone).toBe('138****5678');
    const deadlines = list.body.cases.map((c: any) => c.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
  });

  it('pauses the deadline while materials are being supplemented', async () => {
    env().clock.set('2026-03-03T02:00:00Z'); // Tuesday
    let officer = await env().login('officer');
    const asked = await env().call('POST', `/api/v1/cases/${caseId}/supplement-request`, { cookie: officer, body: { missing: ['收入证明'], note: '请补充近6个月收入证明' } });
    expect(asked.status).toBe(200);
    expect(asked.body.case.status).toBe('paused');
    expect(asked.body.notice).toMatchObject({ kind: 'supplement', content: { missing: [expect.objectContaining({ name: '收入证明' })] } });
    const decideWhilePaused = await env().call('POST', `/api/v1/cases/${caseId}/approve`, { cookie: officer, body: {} });
    expect(decideWhilePaused).toMatchObject({ status: 409, body: { error: { code: 'case.invalid_transition' } } });
    // A second request while paused is recorded with its notice; the running pause keeps its start.
    const twice = await env().call('POST', `/api/v1/cases/${caseId}/supplement-request`, { cookie: officer, body: { missing: ['户口簿'] } });
    expect(twice).toMatchObject({ status: 200, body: { case: { status: 'paused' }, notice: { kind: 'supplement' } } });
    env().clock.set('2026-03-06T02:00:00Z'); // Friday: Wed, Thu, Fri = 3 working days paused
    officer = await env().login('officer');
    const resumed = await env().call('POST', `/api/v1/cases/${caseId}/supplement-received`, { cookie: officer });
    const moved = await env().call('GET', `/api/v1/calendar/deadline?from=${deadline}&days=3`);
    expect(resumed.body.case).toMatchObject({ status: 'in_progress', pausedDays: 3, deadline: moved.body.deadline });
    const detail = await env().call('GET', `/api/v1/cases/${caseId}`, { cookie: officer });
    expect(detail.body.pauses).toEqual([expect.objectContaining({ kind: 'supplement', startedOn: '2026-03-03', endedOn: '2026-03-06', workingDays: 3 })]);
    expect(detail.body.events.map((e: any) => e.kind)).toEqual(['accepted', 'request_supplement', 'request_supplement', 'receive_supplement']);
    expect(detail.body.case.applicant.idNumber).toBe(VALID_ID);
  });

  it('keeps other departments\' officers out', async () => {
    const other = department === 'police' ? 'officer-civil' : 'officer-police';
    const cookie = await env().login(other);
    const res = await env().call('POST', `/api/v1/cases/${caseId}/approve`, { cookie, body: {} });
    expect(res).toMatchObject({ status: 403, body: { error: { code: 'case.other_department' } } });
    const read = await env().call('GET', `/api/v1/cases/${caseId}`, { cookie });
    expect(read.status).toBe(403);
  });

  it('decides, then hands the result over at the reply window with who and when', async () => {
    const officer = await env().login('officer');
    const noReason = await env().call('POST', `/api/v1/cases/${caseId}/deny`, { cookie: officer, body: { reason: '' } });
    expect(noReason.status).toBe(400);
    const approved = await env().call('POST', `/api/v1/cases/${caseId}/approve`, { cookie: officer, body: { note: '材料齐全，准予办理' } });
    expect(approved.body.case).toMatchObject({ status: 'ready', decision: 'approved' });
    expect(approved.body.notice.kind).toBe('decision');
    const reply = await env().login('reply');
    const ready = await env().call('GET', '/api/v1/reply/ready', { cookie: reply });
    expect(ready.body.cases.map((c: any) => c.id)).toContain(caseId);
    const windows = await windowsByNumber(env());
    env().clock.set('2026-03-09T03:00:00Z');
    const replyMonday = await env().login('reply');
    const collected = await env().call('POST', `/api/v1/cases/${caseId}/collect`, { cookie: replyMonday, body: { windowId: windows.get(9)!.id, collectorName: '张三明' } });
    expect(collected.body.case).toMatchObject({ status: 'collected', collectorName: '张三明', collectedAt: '2026-03-09T03:00:00.000Z' });
    const again = await env().call('POST', `/api/v1/cases/${caseId}/collect`, { cookie: replyMonday, body: {} });
    expect(again.status).toBe(409);
    // The reply window's pad now offers the collection for rating; a bad rating is flagged.
    const pad = await env().call('GET', `/api/v1/windows/${windows.get(9)!.id}/pad`);
    expect(pad.body.pending.serviceId).toBe(collected.body.serviceId);
    const rated = await env().call('POST', '/api/v1/ratings', { body: { serviceId: collected.body.serviceId, level: 2, comment: '等候时间太长' } });
    expect(rated.body.rating).toMatchObject({ level: 2, isBad: true });
    const manager = await env().login('manager');
    const flags = await env().call('GET', '/api/v1/followups?status=pending', { cookie: manager });
    expect(flags.body.followups[0]).toMatchObject({ level: 2, comment: '等候时间太长', windowName: '9号窗口', clerkName: '周丽', status: 'open', stage: 'completion', caseId });
  });

  it('shows the public progress page only with the right last four characters', async () => {
    const ok = await env().call('POST', '/api/v1/progress', { body: { caseNumber, idTail: '002x' } });
    expect(ok.body.progress).toEqual(expect.objectContaining({ caseNumber, status: 'collected', statusLabel: '已领取', decision: 'approved' }));
    expect(JSON.stringify(ok.body)).not.toContain('张三明');
    const wrong = await env().call('POST', '/api/v1/progress', { body: { caseNumber, idTail: '0000' } });
    expect(wrong).toMatchObject({ status: 404, body: { error: { code: 'progress.not_found' } } });
    const malformed = await env().call('POST', '/api/v1/progress', { body: { caseNumber: '<script>', idTail: '12' } });
    expect(malformed.status).toBe(400);
  });

  it('rejects a rating out of range or for a service still running', async () => {
    const bad = await env().call('POST', '/api/v1/ratings', { body: { serviceId: '00000000-0000-4000-8000-000000000000', level: 6 } });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: 'request.invalid' } } });
    const windows = await windowsByNumber(env());
    const item = await findItem(env(), 'immediate');
    const { serviceId } = await serveNewTicket(env(), { line: item.line, windowId: windows.get(5)!.id, clerk: 'clerk5' });
    const early = await env().call('POST', '/api/v1/ratings', { body: { serviceId, level: 5 } });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'rating.service_open' } } });
    const unknown = await env().call('POST', '/api/v1/ratings', { body: { serviceId: '00000000-0000-4000-8000-000000000000', level: 5 } });
    expect(unknown.status).toBe(404);
  });
});
