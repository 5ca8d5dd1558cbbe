import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { pausedStatusLabel } from '../../core/calendar/pauses.js';
import { CASE_STATUS_LABELS } from '../../core/cases/case-state.js';
import { casePauses, cases } from '../../db/schema.js';
import type { AppContext } from '../../server/context.js';
import { notFound } from '../../server/errors.js';
import { errors, type App } from '../../server/types.js';
import { getPublicHandoffProgress } from '../handoffs/handoffs.service.js';

/**
 * The public progress page: case number plus the last four characters of the ID number. A wrong
 * pair and an unknown case answer the same, so the page cannot be used to probe case numbers; the
 * answer carries no personal data.
 */
export async function progressRoutes(app: App, ctx: AppContext) {
  app.post(
    '/progress',
    {
      schema: {
        tags: ['public'],
        summary: '办件进度查询（办件编号 + 证件号码后4位）',
        body: z.object({
          caseNumber: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{6,40}$/, '办件编号格式不正确'),
          idTail: z.string().trim().toUpperCase().regex(/^[0-9X]{4}$/, '请输入证件号码后4位'),
        }),
        response: {
          200: z.object({
            progress: z.object({
              caseNumber: z.string(),
              itemName: z.string(),
              kind: z.enum(['immediate', 'committed']),
              status: z.string(),
              statusLabel: z.string(),
              acceptedOn: z.string(),
              expectedDate: z.string(),
              decision: z.enum(['approved', 'denied']).nullable(),
            }),
          }),
          ...errors(400, 404, 429),
        },
      },
      config: { rateLimit: ctx.config.rateLimit ? { max: 20, timeWindow: '1 minute' } : false },
    },
    async (request) => {
      const [row] = await ctx.db
        .select()
        .from(cases)
        .where(and(eq(cases.number, request.body.caseNumber), eq(cases.idTail, request.body.idTail)))
        .limit(1);
      if (!row) throw notFound('progress.not_found', '未查到该办件，请核对办件编号和证件号码后4位');
      const [running] =
        row.status === 'paused'
          ? await ctx.db
              .select({ kind: casePauses.kind })
              .from(casePauses)
              .where(and(eq(casePauses.caseId, row.id), isNull(casePauses.endedAt)))
              .limit(1)
          : [];
      return {
        progress: {
          caseNumber: row.number,
          itemName: row.itemName,
          kind: row.kind,
          status: row.status,
          statusLabel:
            row.status === 'paused'
              ? pausedStatusLabel(running?.kind ?? null, CASE_STATUS_LABELS.paused)
              : CASE_STATUS_LABELS[row.status],
          acceptedOn: row.acceptedOn,
          expectedDate: row.deadline,
          decision: row.decision,
        },
      };
    },
  );

  app.post(
    '/progress/handoff',
    {
      schema: {
        tags: ['public'],
        summary: '转送件（收受分离）进度查询（转送件编号 + 证件号码后4位）',
        body: z.object({
          handoffNumber: z.string().trim().toUpperCase().regex(/^ZS\d{10}$/, '转送件编号格式不正确'),
          idTail: z.string().trim().toUpperCase().regex(/^[0-9X]{4}$/, '请输入证件号码后4位'),
        }),
        response: {
          200: z.object({
            handoff: z.object({
              handoffNumber: z.string(),
              itemName: z.string(),
              status: z.string(),
              statusLabel: z.string(),
              receivedOn: z.string(),
              forwardDue: z.string(),
              fromCentreName: z.string(),
              toCentreName: z.string(),
              caseNumber: z.string().nullable(),
              caseStatusLabel: z.string().nullable(),
              returnReason: z.string().nullable(),
            }),
          }),
          ...errors(400, 404, 429),
        },
      },
      config: { rateLimit: ctx.config.rateLimit ? { max: 20, timeWindow: '1 minute' } : false },
    },
    async (request) => ({
      handoff: await getPublicHandoffProgress(ctx, request.body.handoffNumber, request.body.idTail),
    }),
  );
}
