/**
 * The front window (前台综合窗口): pick the window, call tickets, and while a ticket is in
 * service, accept applications for it. Beside the calling panel: held tickets and no-shows.
 */
import { Alert, Button, Col, Row, Space, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { errorText, useFeedback } from '../../lib/feedback';
import { useUser } from '../../lib/session';
import { useInterval } from '../../lib/use-interval';
import { useLoad } from '../../lib/use-load';
import { RecordComplaintButton } from '../complaints/RecordComplaintButton';
import { AcceptancePanel } from './acceptance/AcceptancePanel';
import { TicketControls } from './TicketControls';
import { WindowPicker } from './WindowPicker';
import { WindowQueueList } from './WindowQueueList';
import { rememberWindowId, rememberedWindowId } from './window-choice';

/** The window's state is refreshed now and then in case another screen changed it. */
const REFRESH_MS = 15_000;

export default function WindowPage() {
  const user = useUser();
  const { showError } = useFeedback();
  const [windowId, setWindowId] = useState<string | null>(() => rememberedWindowId(user.centreCode));
  const windows = useLoad(() => api.windows(user.centreCode), [user.centreCode]);
  const current = useLoad(
    async () => (windowId ? api.windowCurrent(windowId) : null),
    [windowId],
  );
  const queue = useLoad(async () => (windowId ? api.windowQueue(windowId) : null), [windowId]);
  const { reload: reloadCurrent } = current;
  const { reload: reloadQueue } = queue;
  const reload = useCallback(async () => {
    await Promise.all([reloadCurrent(), reloadQueue()]);
  }, [reloadCurrent, reloadQueue]);
  useInterval(() => void reload(), windowId ? REFRESH_MS : null);

  const pick = (id: string | null) => {
    rememberWindowId(user.centreCode, id);
    setWindowId(id);
  };

  const leave = async () => {
    if (!windowId) return;
    try {
      await api.leaveWindow(windowId);
    } catch (err) {
      showError(err, '离开窗口失败');
      return;
    }
    pick(null);
  };

  if (!windows.data) {
    return windows.error ? (
      <Alert type="error" showIcon title="无法载入窗口列表" description={errorText(windows.error)} />
    ) : (
      <Spin size="large" style={{ display: 'block', marginTop: 80 }} />
    );
  }

  const chosen = windows.data.windows.find((w) => w.id === windowId);
  if (!windowId || !chosen) return <WindowPicker windows={windows.data.windows} onPick={pick} />;

  const state = current.data;
  const ticket = state?.ticket;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {current.error != null && (
        <Alert
          type="error"
          showIcon
          title="无法载入窗口状态"
          description={errorText(current.error)}
          action={<Button onClick={() => void current.reload()}>重试</Button>}
        />
      )}
      {state?.window.clerk && state.window.clerk.id !== user.id && (
        <Alert
          type="warning"
          showIcon
          title={`该窗口当前由 ${state.window.clerk.name} 使用`}
          description="同一窗口同一时间只能由一名工作人员叫号。如需接替，请先由对方离开窗口，或更换窗口。"
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          {state && (
            <TicketControls
              current={state}
              windowNumber={chosen.number}
              windows={windows.data.windows}
              centreCode={user.centreCode}
              onChanged={reload}
            />
          )}
        </Col>
        <Col xs={24} xl={8}>
          <WindowQueueList tickets={queue.data?.tickets} isLoading={queue.isLoading} error={queue.error} onChanged={reload} />
        </Col>
      </Row>
      {state && ticket?.status === 'serving' && (
        <AcceptancePanel key={ticket.id} ticket={ticket} user={user} />
      )}
      <Space>
        <Button onClick={() => void leave()}>离开窗口 / 更换窗口</Button>
        <RecordComplaintButton />
      </Space>
    </Space>
  );
}
