/**
 * 受理 of a hand-off whose materials arrived here (收受分离): the applicant need not come, so no
 * ticket is served. The clerk checks the materials that arrived against the guide (those the
 * receiving centre recorded are ticked) and accepts; the case's promised limit runs from today,
 * this centre's acceptance day. The receipt prints like any acceptance.
 */
import { PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Modal, Result, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { handoffsApi } from '../../api/handoffs-client';
import type { Case, IdType, Notice } from '../../api/types';
import { errorText, useFeedback } from '../../lib/feedback';
import { formatDate, formatDateTime } from '../../lib/format';
import { ID_TYPE_LABELS } from '../../lib/labels';
import { useLoad } from '../../lib/use-load';
import { newRequestId } from '../../lib/uuid';
import { ItemGuideCard } from '../window/acceptance/ItemGuideCard';

interface AcceptHandoffModalProps {
  handoffId: string;
  onClose: () => void;
}

export function AcceptHandoffModal({ handoffId, onClose }: AcceptHandoffModalProps) {
  const { message, showError } = useFeedback();
  const detail = useLoad(() => handoffsApi.detail(handoffId), [handoffId]);
  const h = detail.data?.handoff;
  const guide = useLoad(async () => (h ? (await api.item(h.itemCode)).item : null), [h?.itemCode]);
  const [received, setReceived] = useState<string[]>([]);
  const [accepted, setAccepted] = useState<{ case: Case; notice: Notice } | null>(null);
  const [isSending, setIsSending] = useState(false);
  // One id for this acceptance: a retry or a double click never makes a second case.
  const requestId = useRef(newRequestId());

  useEffect(() => {
    if (h) setReceived(h.materialsReceived);
  }, [h]);

  const item = guide.data ?? null;
  const missing = item ? item.materials.filter((m) => m.required && !received.includes(m.id)) : [];

  const accept = async () => {
    if (!h || !item) return;
    setIsSending(true);
    try {
      const answer = await api.accept({
        requestId: requestId.current,
        handoffId: h.id,
        itemCode: h.itemCode,
        applicant: h.applicant,
        materialsReceived: received,
      });
      setAccepted(answer);
      message.success(`已受理，受理编号 ${answer.case.number}`);
    } catch (err) {
      showError(err, '未能受理');
    } finally {
      setIsSending(false);
    }
  };

  const footer = accepted
    ? [
        <Button key="done" type="primary" onClick={onClose}>
          完成
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Button
          key="accept"
          type="primary"
          disabled={!item || missing.length > 0}
          loading={isSending}
          onClick={() => void accept()}
        >
          确认受理
        </Button>,
      ];

  return (
    <Modal
      open
      width={880}
      title={h ? `受理转送件 ${h.number}` : '受理转送件'}
      footer={footer}
      onCancel={onClose}
      destroyOnHidden
    >
      {detail.error != null && <Alert type="error" showIcon title={errorText(detail.error)} />}
      {!h && detail.isLoading && <Spin />}
      {accepted ? (
        <Result
          status="success"
          title="已受理"
          subTitle={
            <span>
              受理编号{' '}
              <Typography.Text strong data-testid="case-number">
                {accepted.case.number}
              </Typography.Text>
              {accepted.case.deadline && `，承诺办结日期：${formatDate(accepted.case.deadline)}`}
            </span>
          }
          extra={
            <Button
              icon={<PrinterOutlined aria-hidden />}
              href={`/print/notice/${accepted.notice.id}`}
              target="_blank"
              rel="noopener"
            >
              打印受理回执
            </Button>
          }
        />
      ) : (
        h && (
          <>
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, md: 2 }}
              style={{ marginBottom: 16 }}
            >
              <Descriptions.Item label="收件中心">{h.fromCentre.name}</Descriptions.Item>
              <Descriptions.Item label="收件时间">{formatDateTime(h.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label="申请人">{h.applicant.name}</Descriptions.Item>
              <Descriptions.Item label="联系电话">{h.applicant.phone}</Descriptions.Item>
              <Descriptions.Item label="证件" span={2}>
                {ID_TYPE_LABELS[h.applicant.idType as IdType] ?? h.applicant.idType}{' '}
                {h.applicant.idNumber}
              </Descriptions.Item>
              <Descriptions.Item label="事项" span={2}>
                {h.itemName}
              </Descriptions.Item>
              {h.note && (
                <Descriptions.Item label="收件备注" span={2}>
                  {h.note}
                </Descriptions.Item>
              )}
            </Descriptions>
            {!item && guide.isLoading && <Spin description="正在载入办事指南…" />}
            {item && (
              <ItemGuideCard guide={item} received={received} onReceivedChange={setReceived} />
            )}
            {item && missing.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 16 }}
                title={`尚缺必需材料：${missing.map((m) => m.name).join('、')}`}
                description="送达的材料不齐，不能受理；可退回收件中心并说明理由。"
              />
            )}
          </>
        )
      )}
    </Modal>
  );
}
