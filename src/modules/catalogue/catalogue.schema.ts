import { z } from 'zod';

/** The shipped catalogue file (data/catalogue.json) and the rows of its spreadsheet form. */
export const catalogueMaterialSchema = z.object({
  name: z.string().trim().min(1).max(100),
  form: z.enum(['original', 'copy', 'electronic']),
  copies: z.number().int().min(0).max(20),
  required: z.boolean(),
});

export const catalogueItemSchema = z
  .object({
    code: z.string().trim().regex(/^[A-Z]{2,4}-\d{3}$/, '事项编码应为2–4位大写字母、连字符和3位数字，如 MZ-001'),
    name: z.string().trim().min(2).max(80),
    department: z.string().trim().min(1),
    line: z.string().trim().regex(/^[A-Z]$/, '业务线应为一个大写字母'),
    kind: z.enum(['immediate', 'committed']),
    statutoryDays: z.number().int().min(0).max(365),
    promisedDays: z.number().int().min(0).max(365),
    scope: z.enum(['individual', 'organisation']),
    conditions: z.array(z.string().trim().min(1)).min(1),
    materials: z.array(catalogueMaterialSchema).min(1),
    fee: z.string().trim().min(1),
    legalBasis: z.string().trim().min(1),
    cityWide: z.boolean(),
    visits: z.number().int().min(0).max(5),
    holidayService: z.boolean(),
    pausedSteps: z.array(z.object({ name: z.string().min(1), maxDays: z.number().int().min(0), basis: z.string() })),
    keywords: z.array(z.string()),
  })
  .refine((i) => i.promisedDays <= i.statutoryDays, { message: '承诺时限不能超过法定时限', path: ['promisedDays'] })
  .refine((i) => i.kind === 'committed' || i.promisedDays === 0, { message: '即办件的承诺时限应为0（当场办结）', path: ['promisedDays'] })
  .refine((i) => i.kind === 'immediate' || i.promisedDays > 0, { message: '承诺件的承诺时限应至少1个工作日', path: ['promisedDays'] })
  .refine((i) => i.materials.some((m) => m.required), { message: '至少应有一项必需材料', path: ['materials'] });

export const catalogueFileSchema = z
  .object({
    version: z.literal(1),
    departments: z.array(z.object({ code: z.string().regex(/^[a-z]+$/), name: z.string().min(1) })).min(1),
    lines: z.array(z.object({ letter: z.string().regex(/^[A-Z]$/), name: z.string().min(1), icon: z.string().min(1) })).min(1),
    items: z.array(catalogueItemSchema).min(1),
  })
  .superRefine((file, ctx) => {
    const departments = new Set(file.departments.map((d) => d.code));
    const lines = new Set(file.lines.map((l) => l.letter));
    const codes = new Set<string>();
    file.items.forEach((item, i) => {
      if (!departments.has(item.department)) ctx.addIssue({ code: 'custom', path: ['items', i, 'department'], message: `未知部门 ${item.department}` });
      if (!lines.has(item.line)) ctx.addIssue({ code: 'custom', path: ['items', i, 'line'], message: `未知业务线 ${item.line}` });
      if (codes.has(item.code)) ctx.addIssue({ code: 'custom', path: ['items', i, 'code'], message: `事项编码重复 ${item.code}` });
      codes.add(item.code);
    });
  });

export type CatalogueFile = z.infer<typeof catalogueFileSchema>;
export type CatalogueItem = z.infer<typeof catalogueItemSchema>;

export const materialView = z.object({
  id: z.string(),
  name: z.string(),
  form: z.enum(['original', 'copy', 'electronic']),
  copies: z.number(),
  required: z.boolean(),
});

export const itemSummary = z.object({
  code: z.string(),
  name: z.string(),
  department: z.string(),
  departmentName: z.string(),
  line: z.string(),
  kind: z.enum(['immediate', 'committed']),
  promisedDays: z.number(),
  statutoryDays: z.number(),
  cityWide: z.boolean(),
  materials: z.array(materialView),
});

export const itemGuideView = itemSummary.extend({
  scope: z.enum(['individual', 'organisation']),
  conditions: z.array(z.string()),
  fee: z.string(),
  legalBasis: z.string(),
  visits: z.number(),
  holidayService: z.boolean(),
  pausedSteps: z.array(z.object({ name: z.string(), maxDays: z.number(), basis: z.string() })),
  keywords: z.array(z.string()),
  /** If accepted today: the business date and the date the promised limit ends. */
  acceptedOn: z.string(),
  expectedDate: z.string(),
  expectedDateProvisional: z.boolean(),
});
