import { z } from 'zod';

export const noticeView = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(['acceptance', 'one_time', 'refusal', 'supplement', 'decision', 'pause', 'extension', 'handoff']),
  createdAt: z.string(),
  content: z.object({
    title: z.string(),
    itemName: z.string(),
    applicantName: z.string(),
    missing: z.array(z.object({ name: z.string(), form: z.string(), copies: z.number() })).optional(),
    reason: z.string().optional(),
    caseNumber: z.string().optional(),
    expectedDate: z.string().optional(),
    promisedDays: z.number().optional(),
    decision: z.string().optional(),
    note: z.string().optional(),
    pauseKind: z.string().optional(),
    expectedDays: z.number().optional(),
    extensionDays: z.number().optional(),
    newDeadline: z.string().optional(),
  }),
  progressUrl: z.string().optional(),
  qrDataUrl: z.string().optional(),
});
