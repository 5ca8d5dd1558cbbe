/**
 * 受理: while a ticket is in service, the clerk records the applicant, picks the item, ticks the
 * materials received against the guide, and accepts, writes a one-time notice, or refuses.
 * Several applications may be handled for one ticket.
 */
import { Alert, Button, Card, Form, Space, Spin } from 'antd';
import { useRef, useState } from 'react';
import { api, type IntakeBody } from '../../../api/client';
import { handoffsApi } from '../../../api/handoffs-client';
import type { Applicant, Case, CentreUser, Ticket } from '../../../api/types';
import { useFeedback } from '../../../lib/feedback';
import { useLoad } from '../../../lib/use-load';
import { newRequestId } from '../../../lib/uuid';
import { ReasonModal } from '../../../components/ReasonModal';
import { RecordHandoffModal } from '../../handoffs/RecordHandoffModal';
import { ApplicantForm, toApplicant } from './ApplicantForm';
import { IntakeOutcomes, type IntakeOutcome } from './IntakeOutcomes';
import { ItemGuideCard } from './ItemGuideCard';
import { ItemPicker } from './ItemPicker';

type Busy = 'accept' | 'notice' | 'refuse' | 'handoff';

export function AcceptancePanel({ ticket, user }: { ticket: Ticket; user: CentreUser }) {
  const { message, showError } = useFeedback();
  const [form] = Form.useForm<Applicant>();
  const items = useLoad(() => api.items(), []);
  const centre = useLoad(() => api.centre(user.centreCode), [user.centreCode]);
  const [itemCode, setItemCode] = useState<string>();
  const guide = useLoad(async () => (itemCode ? (await api.item(itemCode)).item : null), [itemCode]);
  const [received, setReceived] = useState<string[]>([]);
  const [outcomes, setOutcomes] = useState<IntakeOutcome[]>([]);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [isRefusing, setIsRefusing] = useState(false);
  const [isHandingOff, setIsHandingOff] = useState(false);
  // One request id per filled form: a retry or a double click sends the same id, so the server
  // never creates a second case or notice; a new id only after a success or a new item.
  const requestId = useRef(newRequestId());
  const inFlight = useRef(false);

  const lineNames = Object.fromEntries((centre.data?.lines ?? []).map((l) => [l.letter, l.name]));
  const item = guide.data && guide.data.code === itemCode ? guide.data : null;
  const missing = item ? item.materials.filter((m) => m.required && !received.includes(m.id)) : [];

  const chooseItem = (code: string | undefined) => {
    setItemCode(code);
    setReceived([]);
    requestId.current = newRequestId();
  };

  const submit = async (kind: Busy, send: (body: IntakeBody) => Promise<IntakeOutcome>) => {
    if (inFlight.current || !itemCode) return false;
    inFlight.current = true;
    try {
      let applicant: Applicant;
      try {
        applicant = toApplicant(await form.validateFields());
      } catch {
        message.warning('请先完整、正确填写申请人信息');
        return false;
      }
      setBusy(kind);
      const outcome = await send({ requestId: requestId.current, ticketId: ticket.id, itemCode, applicant });
      // A repeated request id answers with the first result: list it once.
      setOutcomes((list) => [outcome, ...list.filter((o) => o.notice.id !== outcome.notice.id)]);
      chooseItem(undefined);
      return true;
    } catch (err) {
      // The message names what is wrong (e.g. the missing materials); the clerk reads it as is.
      showError(err, kind === 'accept' ? '未能受理' : undefined);
      return false;
    } finally {
      inFlight.current = false;
      setBusy(null);
    }
  };

  const accept = () =>
    submit('accept', async (body) => {
      const answer = await api.accept({ ...body, materialsReceived: received });
      message.success(`已受理，受理编号 ${answer.case.number}`);
      return { kind: 'accepted', ...answer };
    });

  const oneTimeNotice = () =>
    submit('notice', async (body) => {
      const { notice } = await api.oneTimeNotice({ ...body, materialsReceived: received });
      message.success('已出具一次性告知书');
      return { kind: 'notice', notice };
    });

  const refuse = async (reason: string) => {
    const isDone = await submit('refuse', async (body) => {
      const { notice } = await api.refuse({ ...body, reason });
      message.success('已出具不予受理通知书');
      return { kind: 'notice', notice };
    });
    if (isDone) setIsRefusing(false);
  };

  // 收受分离: materials of an item that is not city-wide, received here for the centre that accepts it.
  const recordHandoff = (toCentreCode: string, note: string) =>
    submit('handoff', async (body) => {
      const recorded = await handoffsApi.record({
        ...body,
        toCentreCode,
        note,
        materialsReceived: received,
      });
      message.success(`已收件，转送件编号 ${recorded.handoff.number}`);
      return { kind: 'handoff', handoff: recorded.handoff, notice: recorded.notice };
    });

  const updateCase = (updated: Case) =>
    setOutcomes((list) =>
      list.map((o) => (o.kind === 'accepted' && o.case.id === updated.id ? { ...o, case: updated } : o)),
    );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <IntakeOutcomes outcomes={outcomes} onCaseChanged={updateCase} />
      <Card title={`受理 · ${ticket.number}`}>
        <ApplicantForm form={form} />
        <Form layout="vertical">
          <Form.Item label="办理事项" htmlFor="item-picker" required>
            <ItemPicker
              id="item-picker"
              items={items.data?.items ?? []}
              lineNames={lineNames}
              preferredLine={ticket.line}
              value={itemCode}
              onChange={chooseItem}
            />
          </Form.Item>
        </Form>
        {itemCode && !item && guide.isLoading && <Spin description="正在载入办事指南…" />}
        {item && <ItemGuideCard guide={item} received={received} onReceivedChange={setReceived} />}
        {item && missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 16 }}
            title={`尚缺必需材料：${missing.map((m) => m.name).join('、')}`}
            description="必需材料未齐全，不能受理；请出具一次性告知书，一次告知需补齐的全部材料。"
          />
        )}
        <Space wrap style={{ marginTop: 16 }}>
          <Button
            type="primary"
            size="large"
            disabled={!item || missing.length > 0}
            loading={busy === 'accept'}
            onClick={() => void accept()}
          >
            受理
          </Button>
          <Button
            size="large"
            disabled={!item || missing.length === 0}
            loading={busy === 'notice'}
            onClick={() => void oneTimeNotice()}
          >
            一次性告知
          </Button>
          <Button size="large" danger disabled={!item} onClick={() => setIsRefusing(true)}>
            不予受理
          </Button>
          {item && !item.cityWide && (
            <Button
              size="large"
              disabled={missing.length > 0}
              loading={busy === 'handoff'}
              title="非全市通办事项：收取材料并转送至申请人户籍地或居住地的受理中心"
              onClick={() => setIsHandingOff(true)}
            >
              收件转送
            </Button>
          )}
        </Space>
      </Card>
      {item && !item.cityWide && (
        <RecordHandoffModal
          open={isHandingOff}
          ownCentreCode={user.centreCode}
          itemName={item.name}
          onSubmit={recordHandoff}
          onClose={() => setIsHandingOff(false)}
        />
      )}
      <ReasonModal
        open={isRefusing}
        title="不予受理"
        label="不予受理理由"
        okText="确认不予受理"
        onSubmit={refuse}
        onClose={() => setIsRefusing(false)}
      />
    </Space>
  );
}
