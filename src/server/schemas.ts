import { z } from 'zod';
import { isBusinessDate } from '../core/dates.js';

/** A business date parameter (YYYY-MM-DD, a real date in 2000–2199), shared by every route. */
export const businessDate = z.string().refine(isBusinessDate, '日期应为2000至2199年间有效的 YYYY-MM-DD');
