import { z } from 'zod';
import { businessDate } from '../../server/schemas.js';
import { applicantInput } from '../intake/intake.schema.js';

export const bookBody = applicantInput.extend({
  date: businessDate,
  band: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, '时段格式应为 HH:MM-HH:MM'),
  itemCode: z.string().trim().min(1, '请选择事项').max(20),
});
export type BookInput = z.infer<typeof bookBody>;

export const appointmentView = z.object({
  id: z.string(),
  code: z.string(),
  date: z.string(),
  band: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  status: z.enum(['booked', 'cancelled', 'checked_in', 'no_show']),
  name: z.string(),
});

export const codeField = z.string().trim().regex(/^\d{8}$/, '预约码应为8位数字');
