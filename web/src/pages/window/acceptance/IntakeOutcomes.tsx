/** What this ticket's service has produced so far: cases accepted and notices written. */
import { CheckCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../../api/client';
import type { Case, Handoff, Notice } from '../../../api/types';
import { RowList } from '../../../components/RowList';
import { useFeedback } from '../../../lib/feedback';
import { formatDate } from '../../../lib/format';

export type IntakeOutcome =
  | { kind: 'accepted'; case: Case; notice: Notice }
  | { kind: 'notice'; notice: Notice }
  | { kind: 'handoff'; handoff: Handoff; notice: Notice };

const printHref = (notice: Notice) => `/print/notice/${notice.id}`;

function PrintButton({ notice, label }: { notice: Notice; label?: string }) {
  return (
    <Button icon={<PrinterOutlined aria-hidden />} href={printHref(notice)} target="_blank" rel="noopener">
      {label ?? `打印${notice.content.title}`}
    </Button>
  );
}

interface IntakeOutcomesProps {
  outcomes: IntakeOutcome[];
  onCaseChanged: (updated: Case) => void;
}

export function IntakeOutcomes({ outcomes, onCaseChanged }: IntakeOutcomesProps) {
  const { message, showError } = useFeedback();
  const [finishing, setFinishing] = useState<string | null>(null);
  if (outcomes.length === 0) return null;

  const finishOnSpot = async (c: Case) => {
    setFinishing(c.id);
    try {
      const { case: finished } = await api.finishCase(c.id);
      onCaseChanged(finished);
      message.success(`${finished.number} 已当场办结`);
    } catch (err) {
      showError(err, '当场办结失败');
    } finally {
      setFinishing(null);
    }
  };

  return (
    <Card title="本次服务办理结果" size="small">
      <RowList
        label="本次服务办理结果"
        items={outcomes}
        rowKey={(o) => o.notice.id}
        actions={(o) =>
          o.kind === 'accepted' ? (
            <>
              <PrintButton notice={o.notice} label="打印受理回执" />
              {o.case.kind === 'immediate' && o.case.status === 'accepted' && (
                <Button
                  type="primary"
                  icon={<CheckCircleOutlined aria-hidden />}
                  loading={finishing === o.case.id}
                  onClick={() => void finishOnSpot(o.case)}
                >
                  当场办结
                </Button>
              )}
            </>
          ) : (
            <PrintButton notice={o.notice} />
          )
        }
        render={(o) =>
          o.kind === 'handoff' ? (
            <Space orientation="vertical" size={0}>
              <Space wrap>
                <Tag color="gold">已收件待转送</Tag>
                <Typography.Text strong>{o.handoff.itemName}</Typography.Text>
              </Space>
              <span>
                转送件编号：
                <Typography.Text strong copyable={{ text: o.handoff.number }}>
                  <span data-testid="handoff-number">{o.handoff.number}</span>
                </Typography.Text>
              </span>
              <Typography.Text type="secondary">
                转送至{o.handoff.toCentre.name}，转送期限 {formatDate(o.handoff.forwardDue)}
              </Typography.Text>
            </Space>
          ) : o.kind === 'accepted' ? (
            <Space orientation="vertical" size={0}>
              <Space>
                <Tag color="green">已受理</Tag>
                <Typography.Text strong>{o.case.itemName}</Typography.Text>
                <Tag>{o.case.statusLabel}</Tag>
              </Space>
              <span>
                受理编号：
                <Typography.Text strong copyable={{ text: o.case.number }}>
                  <span data-testid="case-number">{o.case.number}</span>
                </Typography.Text>
              </span>
              {o.case.kind === 'committed' && (
                <Typography.Text type="secondary">承诺办结日期：{formatDate(o.case.deadline)}</Typography.Text>
              )}
            </Space>
          ) : (
            <Space wrap>
              <Tag color={o.notice.kind === 'refusal' ? 'red' : 'orange'}>{o.notice.content.title}</Tag>
              <Typography.Text strong>{o.notice.content.itemName}</Typography.Text>
              <Typography.Text type="secondary">文书编号 {o.notice.number}</Typography.Text>
            </Space>
          )
        }
      />
    </Card>
  );
}
