/**
 * The bodies of the notices written along the way: a special procedure that stops the clock
 * (特别程序告知书), an extension decided by the centre's head (延长办理期限告知书), and a hand-off
 * to the accepting centre (收件转送告知书).
 */
import type { NoticeContent } from '../../api/types';
import { formatDate } from '../../lib/format';
import { useMeta } from '../../lib/meta';
import { pauseKindLabel } from '../../lib/supervision-labels';
import { MissingTable } from './MissingTable';

/** Steps whose time the Administrative Licensing Law itself leaves out of the limit (art. 45). */
const ART_45_STEPS = new Set(['testing', 'appraisal', 'expert_review', 'hearing']);

function caseRef(c: NoticeContent): string {
  return c.caseNumber ? `（受理编号 ${c.caseNumber}）` : '';
}

export function PauseBody({ content: c }: { content: NoticeContent }) {
  const basis =
    c.pauseKind && ART_45_STEPS.has(c.pauseKind)
      ? '（《中华人民共和国行政许可法》第四十五条）'
      : '';
  return (
    <>
      <p>
        您申请办理的上述事项{caseRef(c)}，需经下列程序。该程序所需时间不计入办理时限{basis}：
      </p>
      <table className="notice-fields">
        <tbody>
          <tr>
            <th>程序名称</th>
            <td data-testid="notice-pause-step">{pauseKindLabel(c.pauseKind)}</td>
          </tr>
          <tr>
            <th>理由</th>
            <td data-testid="notice-reason">{c.reason ?? '—'}</td>
          </tr>
          <tr>
            <th>预计所需时间</th>
            <td data-testid="notice-expected-days">
              {c.expectedDays !== undefined ? `${c.expectedDays}个工作日` : '—'}
            </td>
          </tr>
          {c.expectedDate && (
            <tr>
              <th>预计完成日期</th>
              <td>{formatDate(c.expectedDate)}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p>该程序结束后，办理时限继续计算，办结期限相应顺延。</p>
    </>
  );
}

export function ExtensionBody({ content: c }: { content: NoticeContent }) {
  const isRefused = c.decision?.startsWith('不予') ?? false;
  return (
    <>
      <p>
        {isRefused
          ? `您申请办理的上述事项${caseRef(c)}，延长办理期限的申请未获批准，办理期限不变。`
          : `您申请办理的上述事项${caseRef(c)}，因下列理由不能在原定期限内办结，经本中心负责人批准，办理期限延长如下（《中华人民共和国行政许可法》第四十二条）：`}
      </p>
      <table className="notice-fields">
        <tbody>
          <tr>
            <th>决定</th>
            <td>{c.decision ?? (isRefused ? '不予延长办理期限' : '准予延长办理期限')}</td>
          </tr>
          {!isRefused && (
            <tr>
              <th>延长期限</th>
              <td data-testid="notice-extension-days">
                {c.extensionDays !== undefined ? `${c.extensionDays}个工作日` : '—'}
              </td>
            </tr>
          )}
          <tr>
            <th>{isRefused ? '不予延长理由' : '延长理由'}</th>
            <td data-testid="notice-reason">{c.reason ?? '—'}</td>
          </tr>
          <tr>
            <th>{isRefused ? '办结期限' : '延长后办结期限'}</th>
            <td data-testid="notice-new-deadline">{formatDate(c.newDeadline)}</td>
          </tr>
        </tbody>
      </table>
    </>
  );
}

export function HandoffBody({ content: c }: { content: NoticeContent }) {
  const meta = useMeta();
  const progress = `${(meta?.publicUrl ?? '').replace(/\/$/, '')}/progress`;
  return (
    <>
      <p>
        您申请办理的上述事项不属于全市通办事项，由受理中心受理。本中心已收取您的下列材料，将在转送期限内转送至受理中心：
      </p>
      <MissingTable missing={c.received ?? []} testId="notice-received" />
      <table className="notice-fields">
        <tbody>
          <tr>
            <th>转送件编号</th>
            <td data-testid="notice-handoff-number">{c.handoffNumber ?? '—'}</td>
          </tr>
          <tr>
            <th>受理中心</th>
            <td data-testid="notice-to-centre">{c.toCentre?.name ?? '—'}</td>
          </tr>
          <tr>
            <th>受理中心地址</th>
            <td>{c.toCentre?.address || '—'}</td>
          </tr>
          <tr>
            <th>受理中心电话</th>
            <td>{c.toCentre?.phone || '—'}</td>
          </tr>
          <tr>
            <th>转送期限</th>
            <td data-testid="notice-forward-due">{formatDate(c.forwardDue)}前</td>
          </tr>
          {c.note && (
            <tr>
              <th>说明</th>
              <td>{c.note}</td>
            </tr>
          )}
        </tbody>
      </table>
      <p>
        受理中心收到材料后进行受理审查，办理时限自受理中心受理之日起计算。您可凭转送件编号及申请人证件号码后4位，在
        {progress} 查询转送与受理进度。
      </p>
    </>
  );
}
