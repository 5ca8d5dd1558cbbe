/** A notice on an A4 sheet, printed from the browser; the toolbar never reaches the paper. */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { ApiError, api } from '../../api/client';
import { errorText } from '../../lib/feedback';
import { formatDayOf } from '../../lib/format';
import { NOTICE_TITLES } from '../../lib/labels';
import { useMeta } from '../../lib/meta';
import { useLoad } from '../../lib/use-load';
import { NoticeBody } from './NoticeBody';
import './print.css';

export default function NoticePrintPage() {
  const { id = '' } = useParams();
  const meta = useMeta();
  const loaded = useLoad(() => api.notice(id), [id]);

  if (!loaded.data) {
    const error = loaded.error;
    return (
      <div style={{ padding: 48 }}>
        {loaded.isLoading && <Spin size="large" />}
        {error != null && (
          <Alert
            type="error"
            showIcon
            title="无法载入文书"
            description={errorText(error)}
            action={
              error instanceof ApiError && error.status === 401 ? (
                <Link to={`/login?next=/print/notice/${id}`}>登录</Link>
              ) : undefined
            }
          />
        )}
      </div>
    );
  }

  const { notice, centre } = loaded.data;
  const title = notice.content.title || NOTICE_TITLES[notice.kind];
  return (
    <div className="notice-page">
      <div className="notice-toolbar no-print">
        <Button
          type="primary"
          icon={<PrinterOutlined aria-hidden />}
          onClick={() => window.print()}
        >
          打印
        </Button>
        <Button onClick={() => window.close()}>关闭</Button>
      </div>
      <article className="notice-sheet" aria-label={title}>
        {meta?.demo && <div className="notice-demo">演示数据 · 非正式文书</div>}
        <div className="notice-centre">{centre.name}</div>
        <h1 className="notice-title" data-testid="notice-title">
          {title}
        </h1>
        <div className="notice-number">
          编号：<span data-testid="notice-number">{notice.number}</span>
        </div>
        <table className="notice-fields">
          <tbody>
            <tr>
              <th>申请人</th>
              <td>{notice.content.applicantName}</td>
            </tr>
            <tr>
              <th>申请事项</th>
              <td>{notice.content.itemName}</td>
            </tr>
          </tbody>
        </table>
        <NoticeBody notice={notice} />
        <div className="notice-seal">
          <div>{centre.name}（盖章）</div>
          <div>{formatDayOf(notice.createdAt)}</div>
        </div>
        <div className="notice-footer">
          地址：{centre.address} · 咨询电话：{centre.phone}
        </div>
      </article>
    </div>
  );
}
