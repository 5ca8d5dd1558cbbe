/**
 * Replays a realistic day at the demo centre through the HTTP routes the console uses (Fastify's
 * inject, so every request passes validation, sessions, services and the database): arrivals
 * peaking mid-morning, items drawn from the catalogue, missing materials, no-shows, service
 * times by item kind, ratings, then the back office's decisions over the following working days
 * and collection at the reply window. A seeded random source makes the same seed give the same
 * figures.
 */
import { addWorkingDays, workingDaysBetween } from '../../core/calendar/working-days.js';
import { shanghaiMidnight } from '../../core/dates.js';
import { drawArrivals } from '../../core/queue/arrivals.js';
import { Random } from '../../core/random.js';
import type { ManualClock } from '../../server/clock.js';
import type { AppContext } from '../../server/context.js';
import type { App } from '../../server/types.js';
import { APPLICANT_POOL } from './applicants.js';

export interface SimulationOptions {
  date: string;
  visitors: number;
  seed: number;
  onProgress?: (done: number, total: number, phase: string) => void;
}

interface Item {
  code: string;
  kind: 'immediate' | 'committed';
  line: string;
  promisedDays: number;
  materials: { id: string; required: boolean }[];
}

interface Visitor {
  index: number;
  arrival: number;
  item: Item;
  applicant: (typeof APPLICANT_POOL)[number];
  outcome: 'accept' | 'one_time' | 'refuse' | 'no_show';
  serviceMinutes: number;
  rating: number | null;
}

type Event = { at: number; seq: number; run: () => Promise<void> };

const CLERKS = ['clerk', 'clerk2', 'clerk3', 'clerk4', 'clerk5', 'clerk6', 'clerk7', 'clerk8'];
const RATING_LEVELS = [5, 4, 3, 2, 1];
const RATING_WEIGHTS = [70, 20, 6, 3, 1];

export class DaySimulation {
  private readonly random: Random;
  private readonly events: Event[] = [];
  private seq = 0;
  private readonly cookies = new Map<string, string>();
  private readonly visitorsByTicket = new Map<string, Visitor>();
  private handled = 0;
  readonly counts = {
    tickets: 0,
    accepted: 0,
    oneTime: 0,
    refused: 0,
    noShows: 0,
    ratings: 0,
    supplements: 0,
    decided: 0,
    collected: 0,
    requests: 0,
  };

  constructor(
    private readonly app: App,
    private readonly ctx: AppContext,
    private readonly clock: ManualClock,
    private readonly options: SimulationOptions,
  ) {
    this.random = new Random(options.seed);
  }

  private async call(method: 'GET' | 'POST', url: string, user?: string, body?: unknown) {
    this.counts.requests += 1;
    const send = async () => {
      const cookie = user ? await this.login(user) : undefined;
      return this.app.inject({
        method,
        url,
        headers: cookie ? { cookie } : {},
        ...(body !== undefined ? { payload: body as object } : {}),
      });
    };
    let res = await send();
    if (res.statusCode === 401 && user) {
      // Sessions last a working day; the back office's later days sign in again.
      this.cookies.delete(user);
      res = await send();
    }
    const parsed = res.body ? (JSON.parse(res.body) as any) : null;
    if (res.statusCode >= 500) throw new Error(`${method} ${url} → ${res.statusCode}: ${res.body}`);
    return { status: res.statusCode, body: parsed };
  }

  private async login(username: string): Promise<string> {
    const cached = this.cookies.get(username);
    if (cached) return cached;
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: 'yimen-demo' },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.body}`);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    this.cookies.set(username, cookie);
    return cookie;
  }

  private schedule(at: number, run: () => Promise<void>): void {
    this.events.push({ at, seq: this.seq++, run });
  }

  /** Minutes after midnight on the simulated date → the instant. */
  private setClock(date: string, minute: number): void {
    this.clock.set(new Date(shanghaiMidnight(date).getTime() + Math.round(minute * 60_000)));
  }

  private async catalogue(): Promise<Item[]> {
    const res = await this.call('GET', '/api/v1/items');
    return res.body.items as Item[];
  }

  private makeVisitors(items: Item[]): Visitor[] {
    const arrivals = drawArrivals(this.random, this.options.visitors);
    // Everyday items are asked for far more often than rare ones: a Zipf-like weight by position.
    const weights = items.map(
      (item, i) => (item.kind === 'immediate' ? 1.6 : 1) / (1 + (i % 40) * 0.15),
    );
    return arrivals.map((arrival, index) => {
      const item = this.random.weighted(items, weights);
      const r = this.random.next();
      const outcome = r < 0.04 ? 'no_show' : r < 0.16 ? 'one_time' : r < 0.19 ? 'refuse' : 'accept';
      const mean =
        outcome === 'one_time' || outcome === 'refuse' ? 3 : item.kind === 'immediate' ? 5 : 7;
      return {
        index,
        arrival,
        item,
        applicant: this.random.pick(APPLICANT_POOL),
        outcome,
        serviceMinutes: Math.min(45, Math.max(2, this.random.logNormal(mean, 0.5))),
        rating: this.random.chance(0.85)
          ? this.random.weighted(RATING_LEVELS, RATING_WEIGHTS)
          : null,
      };
    });
  }

  private async runEvents(date: string, total: number): Promise<void> {
    while (this.events.length > 0) {
      this.events.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const event = this.events.shift()!;
      this.setClock(date, event.at);
      await event.run();
      this.options.onProgress?.(this.handled, total, '窗口办理');
    }
  }

  /** The front hall: arrivals take tickets, eight clerks call, serve and finish. */
  private async hallDay(date: string, visitors: Visitor[], windowIds: string[]): Promise<void> {
    const idle = new Set(windowIds.map((_, i) => i));
    const wake = (at: number) => {
      for (const w of [...idle]) {
        idle.delete(w);
        this.schedule(at, () => callNext(w, at));
      }
    };
    const callNext = async (w: number, at: number): Promise<void> => {
      const clerk = CLERKS[w]!;
      const res = await this.call('POST', `/api/v1/windows/${windowIds[w]}/call-next`, clerk);
      if (res.status === 204) {
        idle.add(w);
        return;
      }
      if (res.status !== 200)
        throw new Error(`call-next ${res.status}: ${JSON.stringify(res.body)}`);
      const ticket = res.body.ticket as { id: string };
      const visitor = this.visitorsByTicket.get(ticket.id)!;
      if (visitor.outcome === 'no_show') {
        this.schedule(
          at + 1,
          async () => void (await this.call('POST', `/api/v1/tickets/${ticket.id}/recall`, clerk)),
        );
        this.schedule(
          at + 2,
          async () => void (await this.call('POST', `/api/v1/tickets/${ticket.id}/recall`, clerk)),
        );
        this.schedule(at + 3, async () => {
          await this.call('POST', `/api/v1/tickets/${ticket.id}/no-show`, clerk);
          this.counts.noShows += 1;
          this.handled += 1;
          this.schedule(at + 3.2, () => callNext(w, at + 3.2));
        });
        return;
      }
      this.schedule(at + 0.7, () => serve(w, ticket.id, visitor, at + 0.7));
    };
    const serve = async (
      w: number,
      ticketId: string,
      visitor: Visitor,
      at: number,
    ): Promise<void> => {
      const clerk = CLERKS[w]!;
      const started = await this.call('POST', `/api/v1/tickets/${ticketId}/start`, clerk);
      const serviceId = started.body.serviceId as string;
      const end = at + visitor.serviceMinutes;
      this.schedule(at + visitor.serviceMinutes * 0.8, async () => {
        const caseId = await this.intake(clerk, ticketId, visitor);
        this.schedule(end, async () => {
          if (caseId && visitor.item.kind === 'immediate')
            await this.call('POST', `/api/v1/cases/${caseId}/finish`, clerk);
          await this.call('POST', `/api/v1/tickets/${ticketId}/finish`, clerk);
          this.handled += 1;
          if (visitor.rating !== null) {
            const rated = await this.call('POST', '/api/v1/ratings', undefined, {
              serviceId,
              level: visitor.rating,
            });
            if (rated.status === 201) this.counts.ratings += 1;
          }
          this.schedule(end + 0.3, () => callNext(w, end + 0.3));
        });
      });
    };
    for (const visitor of visitors) {
      this.schedule(visitor.arrival, async () => {
        const res = await this.call('POST', '/api/v1/centres/demo/tickets', undefined, {
          line: visitor.item.line,
        });
        if (res.status !== 201) throw new Error(`ticket refused: ${JSON.stringify(res.body)}`);
        this.counts.tickets += 1;
        this.visitorsByTicket.set(res.body.id, visitor);
        wake(visitor.arrival);
      });
    }
    await this.runEvents(date, visitors.length);
  }

  private async intake(clerk: string, ticketId: string, visitor: Visitor): Promise<string | null> {
    const required = visitor.item.materials.filter((m) => m.required).map((m) => m.id);
    const optional = visitor.item.materials.filter((m) => !m.required).map((m) => m.id);
    const base = {
      requestId: this.random.uuid(),
      ticketId,
      itemCode: visitor.item.code,
      applicant: visitor.applicant,
    };
    if (visitor.outcome === 'refuse') {
      await this.call('POST', '/api/v1/intake/refuse', clerk, {
        ...base,
        reason: '申请人不符合本事项的受理条件',
      });
      this.counts.refused += 1;
      return null;
    }
    if (visitor.outcome === 'one_time') {
      const brought = required
        .filter(() => this.random.chance(0.5))
        .slice(0, Math.max(0, required.length - 1));
      const res = await this.call('POST', '/api/v1/intake/one-time-notice', clerk, {
        ...base,
        materialsReceived: brought,
      });
      if (res.status === 201) this.counts.oneTime += 1;
      return null;
    }
    const res = await this.call('POST', '/api/v1/intake/accept', clerk, {
      ...base,
      materialsReceived: [...required, ...optional],
    });
    if (res.status !== 201) throw new Error(`accept refused: ${JSON.stringify(res.body)}`);
    this.counts.accepted += 1;
    return res.body.case.id as string;
  }

  /**
   * The back office over the following working days: most cases decided within the promised
   * limit, a few late, about one in ten first sent back for a supplement; results are then
   * collected at the reply window.
   */
  private async backOffice(date: string, replyWindowId: string): Promise<void> {
    const list = await this.call('GET', '/api/v1/cases?scope=department&status=open', 'officer');
    const cases = list.body.cases as { id: string; itemCode: string; deadline: string }[];
    const calendar = await this.ctx.calendar.get();
    type Plan = { day: number; run: () => Promise<void> };
    const plans: Plan[] = [];
    for (const c of cases) {
      const promised = Math.max(1, workingDaysBetween(calendar, date, c.deadline));
      const late = this.random.chance(0.04);
      const decideOn = late ? promised + this.random.int(1, 3) : this.random.int(1, promised);
      const supplement = this.random.chance(0.1) && decideOn > 1;
      const approve = this.random.chance(0.93);
      const collectAfter = this.random.chance(0.85) ? this.random.int(1, 3) : null;
      const rating = this.random.chance(0.6)
        ? this.random.weighted(RATING_LEVELS, RATING_WEIGHTS)
        : null;
      if (supplement) {
        plans.push({
          day: 1,
          run: async () =>
            void (
              await this.call('POST', `/api/v1/cases/${c.id}/supplement-request`, 'officer', {
                missing: ['补充证明材料'],
              }),
              (this.counts.supplements += 1)
            ),
        });
        plans.push({
          day: 1 + this.random.int(1, 3),
          run: async () =>
            void (await this.call('POST', `/api/v1/cases/${c.id}/supplement-received`, 'officer')),
        });
      }
      const decisionDay = decideOn + (supplement ? 3 : 0);
      plans.push({
        day: decisionDay,
        run: async () => {
          const res = approve
            ? await this.call('POST', `/api/v1/cases/${c.id}/approve`, 'officer', {})
            : await this.call('POST', `/api/v1/cases/${c.id}/deny`, 'officer', {
                reason: '经审核不符合条件',
              });
          if (res.status === 200) this.counts.decided += 1;
        },
      });
      if (collectAfter !== null) {
        plans.push({
          day: decisionDay + collectAfter,
          run: async () => {
            const res = await this.call('POST', `/api/v1/cases/${c.id}/collect`, 'reply', {
              windowId: replyWindowId,
            });
            if (res.status !== 200) return;
            this.counts.collected += 1;
            if (rating !== null && res.body.serviceId)
              await this.call('POST', '/api/v1/ratings', undefined, {
                serviceId: res.body.serviceId,
                level: rating,
              });
          },
        });
      }
    }
    const lastDay = Math.max(0, ...plans.map((p) => p.day));
    for (let day = 1; day <= lastDay; day++) {
      const on = addWorkingDays(calendar, date, day).deadline;
      const due = plans.filter((p) => p.day === day);
      for (const [i, p] of due.entries()) {
        this.setClock(on, 9 * 60 + (i * 420) / Math.max(1, due.length));
        await p.run();
      }
      this.options.onProgress?.(day, lastDay, '后台办理');
    }
  }

  /** Runs the day and returns the manager's figures for it and the back office's results. */
  async run() {
    const { date } = this.options;
    this.setClock(date, 8 * 60 + 20);
    const items = await this.catalogue();
    const windows = (await this.call('GET', '/api/v1/centres/demo/windows')).body.windows as {
      id: string;
      kind: string;
      number: number;
    }[];
    const counters = windows
      .filter((w) => w.kind === 'comprehensive')
      .sort((a, b) => a.number - b.number)
      .map((w) => w.id);
    const reply = windows.find((w) => w.kind === 'reply')!;
    const visitors = this.makeVisitors(items);
    await this.hallDay(date, visitors, counters.slice(0, CLERKS.length));
    this.setClock(date, 17 * 60);
    const day = (await this.call('GET', `/api/v1/dashboard/today?date=${date}`, 'manager')).body;
    await this.backOffice(date, reply.id);
    const allRes = await this.call('GET', '/api/v1/cases?scope=all&status=all', 'manager');
    if (allRes.status !== 200) throw new Error(JSON.stringify(allRes.body).slice(0, 500));
    const all = allRes.body.cases as {
      kind: string;
      status: string;
      decision: string | null;
      decidedAt: string | null;
      deadline: string;
      acceptedOn: string;
    }[];
    const committed = all.filter((c) => c.kind === 'committed');
    const decided = committed.filter((c) => c.decidedAt);
    const onTime = decided.filter((c) => shanghaiDateOf(c.decidedAt!) <= c.deadline);
    return {
      day,
      backOffice: {
        committedAccepted: committed.length,
        decided: decided.length,
        decidedOnTime: onTime.length,
        onTimeRate: decided.length
          ? Math.round((onTime.length / decided.length) * 10000) / 10000
          : null,
        approved: decided.filter((c) => c.decision === 'approved').length,
        denied: decided.filter((c) => c.decision === 'denied').length,
        supplementsRequested: this.counts.supplements,
        collected: committed.filter((c) => c.status === 'collected').length,
      },
      hall: { ...this.counts },
    };
  }
}

function shanghaiDateOf(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
