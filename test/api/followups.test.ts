import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { ratings, users } from '../../src/db/schema.js';
import { describeOnEachDb, type TestEnv } from '../support/harness.js';
import {
  acceptCase,
  APPLICANT,
  createOtherCentre,
  findItem,
  serveNewTicket,
  windowsByNumber,
} from '../support/factories.js';

async function userId(env: TestEnv, username: string): Promise<string> {
  const [row] = await env.ctx.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  return row!.id;
}

/**
 * Monday 2 March 2026: a committed case rated at acceptance (level 1) and at completion (level 2),
 * an immediate item rated once (level 5); the bad ratings are followed up over the week.
 */
describeOnEachDb('bad-rating follow-ups, appeals and the staff record', (env) => {
  let committedCaseId = '';
  let immediateCaseId = '';
  let acceptanceRatingId = '';
  let completionRatingId = '';
  let immediateRatingId = '';
  let ticketNumber = '';

  it('documents its routes in the OpenAPI document', async () => {
    const doc = await env().call('GET', '/api/docs/json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/followups',
        '/api/v1/followups/{ratingId}/close',
        '/api/v1/ratings/{ratingId}/appeals',
        '/api/v1/appeals/{id}/decide',
        '/api/v1/complaints/{id}/close',
        '/api/v1/public/centres/{centreCode}/complaints',
        '/api/v1/public/complaints/{number}',
        '/api/v1/staff/{userId}/record',
      ]),
    );
  });

  it('rates a committed case at acceptance and at completion, an immediate item once', async () => {
    const windows = await windowsByNumber(env());
    const committed = await findItem(env(), 'committed');
    const served = await serveNewTicket(env(), {
      line: committed.line,
      windowId: windows.get(1)!.id,
      clerk: 'clerk',
    });
    ticketNumber = served.number;
    const accepted = await acceptCase(env(), {
      ticketId: served.ticketId,
      item: committed,
      cookie: served.cookie,
    });
    committedCaseId = accepted.body.case.id;
    await env().call('POST', `/api/v1/tickets/${served.ticketId}/finish`, {
      cookie: served.cookie,
    });
    const atAcceptance = await env().call('POST', '/api/v1/ratings', {
      body: { serviceId: served.serviceId, level: 1, comment: '态度冷淡' },
    });
    expect(atAcceptance).toMatchObject({
      status: 201,
      body: { rating: { level: 1, isBad: true, stage: 'acceptance' } },
    });
    acceptanceRatingId = atAcceptance.body.rating.id;

    const immediate = await findItem(env(), 'immediate');
    const second = await serveNewTicket(env(), {
      line: immediate.line,
      windowId: windows.get(2)!.id,
      clerk: 'clerk2',
    });
    immediateCaseId = (
      await acceptCase(env(), { ticketId: second.ticketId, item: immediate, cookie: second.cookie })
    ).body.case.id;
    await env().call('POST', `/api/v1/cases/${immediateCaseId}/finish`, { cookie: second.cookie });
    await env().call('POST', `/api/v1/tickets/${second.ticketId}/finish`, {
      cookie: second.cookie,
    });
    const once = await env().call('POST', '/api/v1/ratings', {
      body: { serviceId: second.serviceId, level: 5 },
    });
    expect(once.body.rating).toMatchObject({ isBad: false, stage: 'service' });
    immediateRatingId = once.body.rating.id;
    expect(
      (
        await env().call('POST', '/api/v1/ratings', {
          body: { serviceId: second.serviceId, level: 1 },
        })
      ).status,
    ).toBe(409);

    const officer = await env().login('officer');
    expect(
      (
        await env().call('POST', `/api/v1/cases/${committedCaseId}/approve`, {
          cookie: officer,
          body: {},
        })
      ).status,
    ).toBe(200);
    const reply = await env().login('reply');
    const collected = await env().call('POST', `/api/v1/cases/${committedCaseId}/collect`, {
      cookie: reply,
      body: { windowId: windows.get(9)!.id },
    });
    const atCompletion = await env().call('POST', '/api/v1/ratings', {
      body: { serviceId: collected.body.serviceId, level: 2, comment: '结果等太久' },
    });
    expect(atCompletion.body.rating).toMatchObject({ isBad: true, stage: 'completion' });
    completionRatingId = atCompletion.body.rating.id;

    const rows = await env()
      .ctx.db.select({ caseId: ratings.caseId, stage: ratings.stage, level: ratings.level })
      .from(ratings);
    expect(
      rows
        .filter((r) => r.caseId === committedCaseId)
        .map((r) => r.stage)
        .sort(),
    ).toEqual(['acceptance', 'completion']);
    expect(rows.filter((r) => r.caseId === immediateCaseId)).toEqual([
      { caseId: immediateCaseId, stage: 'service', level: 5 },
    ]);
    // Nothing else was rated, and nothing was given a score nobody chose.
    expect(rows).toHaveLength(3);
  });

  it('opens a follow-up for every bad rating, due one and five working days later', async () => {
    const manager = await env().login('manager');
    const list = await env().call('GET', '/api/v1/followups?status=pending', { cookie: manager });
    expect(list.status).toBe(200);
    expect(list.body.followups.map((f: any) => f.ratingId).sort()).toEqual(
      [acceptanceRatingId, completionRatingId].sort(),
    );
    const first = list.body.followups.find((f: any) => f.ratingId === acceptanceRatingId);
    // Rated Monday 2 March: contact by Tuesday 3, close by Monday 9 (Tue, Wed, Thu, Fri, Mon).
    expect(first).toMatchObject({
      level: 1,
      levelLabel: '非常不满意',
      comment: '态度冷淡',
      stage: 'acceptance',
      windowName: '1号窗口',
      clerkName: '王晓燕',
      ticketNumber,
      caseId: committedCaseId,
      resident: { name: '张*明', phone: '138****5678' },
      status: 'open',
      contactDue: '2026-03-03',
      closeDue: '2026-03-09',
      isContactOverdue: false,
      isCloseOverdue: false,
      appeal: null,
    });
    expect(JSON.stringify(list.body)).not.toContain(APPLICANT.name);
    expect(JSON.stringify(list.body)).not.toContain(APPLICANT.phone);
    const detail = await env().call('GET', `/api/v1/followups/${acceptanceRatingId}`, {
      cookie: manager,
    });
    expect(detail.body.followup.resident).toEqual({ name: APPLICANT.name, phone: APPLICANT.phone });
    const clerk = await env().login('clerk');
    expect((await env().call('GET', '/api/v1/followups', { cookie: clerk })).status).toBe(403);
    expect(
      (await env().call('GET', '/api/v1/followups?status=late', { cookie: manager })).status,
    ).toBe(400);
  });

  it('refuses an appeal against a good rating: only a bad one can have been given in error', async () => {
    const manager = await env().login('manager');
    const res = await env().call('POST', `/api/v1/ratings/${immediateRatingId}/appeals`, {
      cookie: manager,
      body: { reason: '误评' },
    });
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'appeal.not_bad' } } });
  });

  it('assigns, records the contact and closes, each with who and when; closing needs a contact', async () => {
    const manager = await env().login('manager');
    const url = `/api/v1/followups/${acceptanceRatingId}`;
    const unknown = await env().call('POST', `${url}/assign`, {
      cookie: manager,
      body: { userId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: 'staff.unknown' } } });
    expect(
      (await env().call('POST', `${url}/assign`, { cookie: manager, body: { userId: 'clerk3' } }))
        .status,
    ).toBe(400);
    const early = await env().call('POST', `${url}/close`, {
      cookie: manager,
      body: { cause: '解释不到位', remedy: '再次说明', residentResponse: 'accepted' },
    });
    expect(early).toMatchObject({
      status: 409,
      body: { error: { code: 'followup.not_contacted' } },
    });
    const assigned = await env().call('POST', `${url}/assign`, {
      cookie: manager,
      body: { userId: await userId(env(), 'clerk3') },
    });
    expect(assigned.body.followup).toMatchObject({
      assigneeName: '陈静',
      assignedByName: '胡永明',
      assignedAt: '2026-03-02T01:00:00.000Z',
      status: 'open',
    });

    env().clock.set('2026-03-03T02:00:00Z'); // Tuesday: the contact is on time
    const tuesday = await env().login('manager');
    expect(
      (await env().call('POST', `${url}/contact`, { cookie: tuesday, body: { note: '' } })).status,
    ).toBe(400);
    const contacted = await env().call('POST', `${url}/contact`, {
      cookie: tuesday,
      body: { note: '电话联系张先生，说明办理流程' },
    });
    expect(contacted.body.followup).toMatchObject({
      status: 'contacted',
      contactedAt: '2026-03-03T02:00:00.000Z',
      contactedOn: '2026-03-03',
      contactedByName: '胡永明',
      wasContactedLate: false,
    });
    const twice = await env().call('POST', `${url}/contact`, {
      cookie: tuesday,
      body: { note: '再次联系' },
    });
    expect(twice).toMatchObject({
      status: 409,
      body: { error: { code: 'followup.already_contacted' } },
    });

    env().clock.set('2026-03-04T02:00:00Z'); // Wednesday: the completion rating's contact is a day late
    const wednesday = await env().login('manager');
    const overdue = await env().call('GET', '/api/v1/followups?overdue=true', {
      cookie: wednesday,
    });
    expect(overdue.body.followups).toEqual([
      expect.objectContaining({
        ratingId: completionRatingId,
        isContactOverdue: true,
        isCloseOverdue: false,
      }),
    ]);
    const onTime = await env().call('GET', '/api/v1/followups?overdue=false', {
      cookie: wednesday,
    });
    expect(onTime.body.followups.map((f: any) => f.ratingId)).toEqual([acceptanceRatingId]);
    const wrong = await env().call('POST', `${url}/close`, {
      cookie: wednesday,
      body: { cause: '解释不到位', remedy: '再次说明', residentResponse: 'happy' },
    });
    expect(wrong.status).toBe(400);
    const closed = await env().call('POST', `${url}/close`, {
      cookie: wednesday,
      body: {
        cause: '解释不到位',
        remedy: '组织窗口人员学习政策解读',
        residentResponse: 'accepted',
      },
    });
    expect(closed.body.followup).toMatchObject({
      status: 'closed',
      closedOn: '2026-03-04',
      closedByName: '胡永明',
      residentResponse: 'accepted',
      wasClosedLate: false,
    });
    const after = await env().call('POST', `${url}/assign`, {
      cookie: wednesday,
      body: { userId: await userId(env(), 'clerk3') },
    });
    expect(after).toMatchObject({ status: 409, body: { error: { code: 'followup.finished' } } });
    const closedList = await env().call('GET', '/api/v1/followups?status=closed', {
      cookie: wednesday,
    });
    expect(closedList.body.followups.map((f: any) => f.ratingId)).toEqual([acceptanceRatingId]);
  });

  it('lets the clerk a rating is about appeal it once, and the manager decide', async () => {
    const reply = await env().login('reply');
    const clerk2 = await env().login('clerk2');
    const manager = await env().login('manager');
    const appealUrl = `/api/v1/ratings/${completionRatingId}/appeals`;
    const notTheirs = await env().call('POST', appealUrl, {
      cookie: clerk2,
      body: { reason: '不是我' },
    });
    expect(notTheirs).toMatchObject({
      status: 403,
      body: { error: { code: 'appeal.not_allowed' } },
    });
    expect(
      (await env().call('POST', appealUrl, { cookie: reply, body: { reason: ' ' } })).status,
    ).toBe(400);
    const appealed = await env().call('POST', appealUrl, {
      cookie: reply,
      body: { reason: '评价人误按，已当面确认' },
    });
    expect(appealed).toMatchObject({
      status: 201,
      body: { appeal: { status: 'pending', clerkName: '周丽', requestedByName: '周丽', level: 2 } },
    });
    const again = await env().call('POST', appealUrl, {
      cookie: manager,
      body: { reason: '再申诉' },
    });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'appeal.pending' } } });
    const appealId = appealed.body.appeal.id;
    expect(
      (
        await env().call('POST', `/api/v1/appeals/${appealId}/decide`, {
          cookie: reply,
          body: { upheld: true, reason: '自己批准' },
        })
      ).status,
    ).toBe(403);
    const pending = await env().call('GET', '/api/v1/appeals?status=pending', { cookie: manager });
    expect(pending.body.appeals.map((a: any) => a.id)).toEqual([appealId]);
    // A pending appeal does not stop the follow-up: the resident is still owed a call.
    const followup = await env().call('GET', `/api/v1/followups/${completionRatingId}`, {
      cookie: manager,
    });
    expect(followup.body.followup).toMatchObject({
      status: 'open',
      appeal: { id: appealId, status: 'pending' },
    });

    const upheld = await env().call('POST', `/api/v1/appeals/${appealId}/decide`, {
      cookie: manager,
      body: { upheld: true, reason: '监控核实为误按' },
    });
    expect(upheld.body.appeal).toMatchObject({
      status: 'upheld',
      decidedByName: '胡永明',
      decisionReason: '监控核实为误按',
      decidedAt: '2026-03-04T02:00:00.000Z',
    });
    const [rating] = await env()
      .ctx.db.select()
      .from(ratings)
      .where(eq(ratings.id, completionRatingId));
    expect(rating).toMatchObject({ level: 2, annulledAt: new Date('2026-03-04T02:00:00Z') });
    const annulled = await env().call('GET', `/api/v1/followups/${completionRatingId}`, {
      cookie: manager,
    });
    expect(annulled.body.followup).toMatchObject({
      status: 'annulled',
      isContactOverdue: false,
      appeal: { status: 'upheld' },
    });
    expect(
      (await env().call('GET', '/api/v1/followups?status=pending', { cookie: manager })).body
        .followups,
    ).toEqual([]);
    const twice = await env().call('POST', `/api/v1/appeals/${appealId}/decide`, {
      cookie: manager,
      body: { upheld: false, reason: '改判' },
    });
    expect(twice).toMatchObject({
      status: 409,
      body: { error: { code: 'appeal.already_decided' } },
    });
    const onAnnulled = await env().call('POST', appealUrl, {
      cookie: reply,
      body: { reason: '再申诉' },
    });
    expect(onAnnulled).toMatchObject({
      status: 409,
      body: { error: { code: 'appeal.rating_annulled' } },
    });

    // Rejected: nothing changes but the record.
    const second = await env().call('POST', `/api/v1/ratings/${acceptanceRatingId}/appeals`, {
      cookie: manager,
      body: { reason: '复核' },
    });
    const rejected = await env().call('POST', `/api/v1/appeals/${second.body.appeal.id}/decide`, {
      cookie: manager,
      body: { upheld: false, reason: '评价属实' },
    });
    expect(rejected.body.appeal.status).toBe('rejected');
    const kept = await env().call('GET', `/api/v1/followups/${acceptanceRatingId}`, {
      cookie: manager,
    });
    expect(kept.body.followup).toMatchObject({ status: 'closed', appeal: { status: 'rejected' } });
    const [stillCounted] = await env()
      .ctx.db.select()
      .from(ratings)
      .where(eq(ratings.id, acceptanceRatingId));
    expect(stillCounted!.annulledAt).toBeNull();
  });

  it('lets only one of two appeals sent at once through', async () => {
    const manager = await env().login('manager');
    // A fresh bad rating, at another window and clerk so the staff records below are unchanged.
    const windows = await windowsByNumber(env());
    const immediate = await findItem(env(), 'immediate');
    const served = await serveNewTicket(env(), {
      line: immediate.line,
      windowId: windows.get(3)!.id,
      clerk: 'clerk3',
    });
    const caseId = (
      await acceptCase(env(), { ticketId: served.ticketId, item: immediate, cookie: served.cookie })
    ).body.case.id;
    await env().call('POST', `/api/v1/cases/${caseId}/finish`, { cookie: served.cookie });
    await env().call('POST', `/api/v1/tickets/${served.ticketId}/finish`, {
      cookie: served.cookie,
    });
    const bad = await env().call('POST', '/api/v1/ratings', {
      body: { serviceId: served.serviceId, level: 2 },
    });
    const url = `/api/v1/ratings/${bad.body.rating.id}/appeals`;
    const results = await Promise.all([
      env().call('POST', url, { cookie: manager, body: { reason: '复核一' } }),
      env().call('POST', url, { cookie: manager, body: { reason: '复核二' } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe('appeal.pending');
    const pending = await env().call('GET', '/api/v1/appeals?status=pending', { cookie: manager });
    expect(pending.body.appeals).toHaveLength(1);
  });

  it("keeps each staff member's record: services, ratings by level, follow-ups, appeals, complaints", async () => {
    const manager = await env().login('manager');
    const clerkId = await userId(env(), 'clerk');
    const complaint = await env().call('POST', '/api/v1/complaints', {
      cookie: manager,
      body: {
        channel: 'desk',
        category: 'attitude',
        complainantName: '李四光',
        complainantPhone: '13900001111',
        content: '窗口人员态度生硬',
        staffId: clerkId,
      },
    });
    expect(complaint.status).toBe(201);
    const range = '?from=2026-03-01&to=2026-03-31';
    const record = await env().call('GET', `/api/v1/staff/${clerkId}/record${range}`, {
      cookie: manager,
    });
    expect(record.status).toBe(200);
    expect(record.body).toMatchObject({
      staff: { name: '王晓燕', role: 'clerk' },
      services: { total: 1, counter: 1, collection: 0 },
      ratings: {
        total: 1,
        byLevel: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 0 },
        good: 0,
        bad: 1,
        goodRate: 0,
        annulled: 0,
        ratedRate: 1,
      },
      badRatings: [expect.objectContaining({ ratingId: acceptanceRatingId, status: 'closed' })],
      upheldAppeals: [],
      complaints: [
        expect.objectContaining({
          number: complaint.body.complaint.number,
          staffName: '王晓燕',
          complainant: { name: '李*光', phone: '139****1111' },
        }),
      ],
    });
    // The reply clerk's only rating was annulled: listed, counted nowhere.
    const reply = await env().call(
      'GET',
      `/api/v1/staff/${await userId(env(), 'reply')}/record${range}`,
      { cookie: manager },
    );
    expect(reply.body).toMatchObject({
      services: { total: 1, counter: 0, collection: 1 },
      ratings: { total: 0, bad: 0, goodRate: null, annulled: 1, ratedRate: 0 },
      badRatings: [expect.objectContaining({ ratingId: completionRatingId, status: 'annulled' })],
      upheldAppeals: [
        expect.objectContaining({ ratingId: completionRatingId, level: 2, ratedOn: '2026-03-02' }),
      ],
      complaints: [],
    });
    const clerk2 = await env().call(
      'GET',
      `/api/v1/staff/${await userId(env(), 'clerk2')}/record${range}`,
      { cookie: manager },
    );
    expect(clerk2.body.ratings).toMatchObject({ total: 1, good: 1, goodRate: 1 });
    // The month so far by default; a range outside it sees nothing.
    const byDefault = await env().call('GET', `/api/v1/staff/${clerkId}/record`, {
      cookie: manager,
    });
    expect(byDefault.body).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-04',
      services: { total: 1 },
    });
    const february = await env().call(
      'GET',
      `/api/v1/staff/${clerkId}/record?from=2026-02-01&to=2026-02-28`,
      { cookie: manager },
    );
    expect(february.body).toMatchObject({
      services: { total: 0 },
      ratings: { total: 0 },
      badRatings: [],
      complaints: [],
    });
    const backwards = await env().call(
      'GET',
      `/api/v1/staff/${clerkId}/record?from=2026-03-31&to=2026-03-01`,
      { cookie: manager },
    );
    expect(backwards).toMatchObject({
      status: 400,
      body: { error: { code: 'staff_record.bad_range' } },
    });
    expect(
      (
        await env().call('GET', `/api/v1/staff/${clerkId}/record?from=2026-02-30`, {
          cookie: manager,
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await env().call('GET', `/api/v1/staff/${clerkId}/record`, {
          cookie: await env().login('clerk'),
        })
      ).status,
    ).toBe(403);
  });

  it("keeps another centre's manager out of this centre's ratings and staff", async () => {
    await createOtherCentre(env(), { code: 'fu-other', name: '枫林街道社区事务受理服务中心' });
    const other = await env().login('fu-other-manager');
    const clerkId = await userId(env(), 'clerk');
    expect(
      (await env().call('GET', `/api/v1/staff/${clerkId}/record`, { cookie: other })).status,
    ).toBe(404);
    expect(
      (await env().call('GET', '/api/v1/followups', { cookie: other })).body.followups,
    ).toEqual([]);
    expect(
      (await env().call('GET', `/api/v1/followups/${acceptanceRatingId}`, { cookie: other }))
        .status,
    ).toBe(404);
    expect(
      (
        await env().call('POST', `/api/v1/followups/${completionRatingId}/contact`, {
          cookie: other,
          body: { note: '越权' },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await env().call('POST', `/api/v1/ratings/${immediateRatingId}/appeals`, {
          cookie: other,
          body: { reason: '越权' },
        })
      ).status,
    ).toBe(404);
    expect((await env().call('GET', '/api/v1/appeals', { cookie: other })).body.appeals).toEqual(
      [],
    );
    const manager = await env().login('manager');
    const [pending] = (
      await env().call('GET', '/api/v1/appeals?status=pending', { cookie: manager })
    ).body.appeals;
    const decide = await env().call('POST', `/api/v1/appeals/${pending.id}/decide`, {
      cookie: other,
      body: { upheld: true, reason: '越权' },
    });
    expect(decide.status).toBe(404);
    // Nor may this centre name the other centre's staff: they read as unknown.
    const otherClerk = await userId(env(), 'fu-other-clerk');
    const about = await env().call('POST', '/api/v1/complaints', {
      cookie: manager,
      body: {
        channel: 'phone',
        category: 'other',
        complainantName: '王五',
        complainantPhone: '13700002222',
        content: '其他中心人员问题',
        staffId: otherClerk,
      },
    });
    expect(about).toMatchObject({ status: 400, body: { error: { code: 'staff.unknown' } } });
    const record = await env().call('GET', `/api/v1/staff/${otherClerk}/record`, {
      cookie: manager,
    });
    expect(record).toMatchObject({ status: 404, body: { error: { code: 'staff.not_found' } } });
  });
});
