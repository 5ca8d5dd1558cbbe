/**
 * Extensions of a licensing limit. Administrative Licensing Law art. 42: a decision is due within
 * 20 working days of acceptance; with the approval of the head of the office it may be extended by
 * 10 working days, and the applicant is told why. The cap is a centre setting (maxExtensionDays).
 */

export type ExtensionProblem =
  | { code: 'extension.pending_exists'; status: 409; message: string }
  | { code: 'extension.too_many_days'; status: 400; message: string }
  | { code: 'extension.total_exceeded'; status: 400; message: string };

/**
 * What stands in the way of asking for `days` more working days, or null. One request is pending
 * at a time; the days asked, and everything granted so far plus the days asked, stay within the cap.
 */
export function extensionProblem(input: {
  days: number;
  grantedDays: number;
  maxDays: number;
  hasPending: boolean;
}): ExtensionProblem | null {
  if (input.hasPending) {
    return {
      code: 'extension.pending_exists',
      status: 409,
      message: '该办件已有待审批的延期申请，请等待审批结果',
    };
  }
  if (input.days > input.maxDays) {
    return {
      code: 'extension.too_many_days',
      status: 400,
      message: `延长期限不能超过${input.maxDays}个工作日`,
    };
  }
  if (input.grantedDays + input.days > input.maxDays) {
    const left = Math.max(0, input.maxDays - input.grantedDays);
    return {
      code: 'extension.total_exceeded',
      status: 400,
      message: `累计延长不能超过${input.maxDays}个工作日，已延长${input.grantedDays}个工作日，最多还可申请${left}个工作日`,
    };
  }
  return null;
}
