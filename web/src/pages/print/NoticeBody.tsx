/**
 * The part of a notice that differs by kind: acceptance, one-time notice, refusal, supplement,
 * decision, and the time-limit and hand-off notices (pause, extension, handoff).
 */
import type { Notice } from '../../api/types';
import { formatDate } from '../../lib/format';
import { DECISION_LABELS } from '../../lib/labels';
import { MissingTable } from './MissingTable';
import { ExtensionBody, HandoffBody, PauseBody } from './StepNoticeBodies';

export function NoticeBody({ notice }: { notice: Notice }) {
  const c = notice.content;
  switch (notice.kind) {
    case 'acceptance':
      return (
        <>
          <p>您申请办理的上述事项，申请材料齐全、符合法定形式，本中心已予受理。</p>
          <table className="notice-fields">
            <tbody>
              <tr>
                <th>受理编号</th>
                <td data-testid="notice-case-number">{c.caseNumber}</td>
              </tr>
              <tr>
                <th>承诺时限</th>
                <td>{c.promisedDays ? `自受理之日起${c.promisedDays}个工作日` : '当场办结'}</td>
              </tr>
              <tr>
                <th>预计办结日期</th>
                <td>{c.expectedDate ? formatDate(c.expectedDate) : '当场办结'}</td>
              </tr>
            </tbody>
          </table>
          {notice.qrDataUrl && (
            <div className="notice-qr">
              <img src={notice.qrDataUrl} alt="办理进度查询二维码" />
              <div>
                扫码查询办理进度
                <br />
                <small>查询时请输入受理编号及申请人证件号码后4位</small>
              </div>
            </div>
          )}
        </>
      );
    case 'one_time':
      return (
        <>
          <p>
            您申请办理的上述事项，申请材料尚不齐全。现一次性告知您需补齐的全部材料如下，请备齐后再来办理：
          </p>
          <MissingTable missing={c.missing ?? []} />
        </>
      );
    case 'refusal':
      return (
        <>
          <p>经审查，您申请办理的上述事项，本中心决定不予受理。理由如下：</p>
          <p style={{ textIndent: '2em', fontWeight: 600 }} data-testid="notice-reason">
            {c.reason}
          </p>
          <p>如对本决定不服，可依法申请行政复议或者提起行政诉讼。</p>
        </>
      );
    case 'supplement':
      return (
        <>
          <p>
            您申请办理的上述事项（受理编号 {c.caseNumber ?? '—'}
            ），需补正以下材料。补正期间办理时限暂停计算：
          </p>
          <MissingTable missing={c.missing ?? []} />
          {c.note && <p>说明：{c.note}</p>}
        </>
      );
    case 'decision':
      return (
        <>
          <p>您申请办理的上述事项（受理编号 {c.caseNumber ?? '—'}），已办理完毕。</p>
          <table className="notice-fields">
            <tbody>
              <tr>
                <th>办理结果</th>
                <td>{c.decision ? (DECISION_LABELS[c.decision] ?? c.decision) : '—'}</td>
              </tr>
              {(c.reason || c.note) && (
                <tr>
                  <th>{c.reason ? '理由' : '说明'}</th>
                  <td>{c.reason ?? c.note}</td>
                </tr>
              )}
            </tbody>
          </table>
          <p>请携带本通知书及申请人身份证件到本中心回复窗口领取办理结果。</p>
        </>
      );
    case 'pause':
      return <PauseBody content={c} />;
    case 'extension':
      return <ExtensionBody content={c} />;
    case 'handoff':
      return <HandoffBody content={c} />;
    default:
      return null;
  }
}
