/**
 * The self-service kiosk in the hall (no sign-in). `?centre=` names the centre, `demo` by default.
 * A tap on a line asks for an ID number (optional: 70 or older is served first) or a priority
 * reason (绿色通道), then issues a ticket; 预约签到 turns a booking into its ticket. The ticket
 * shows until printed or for 30 seconds; a step left half-way returns to the tiles after a minute.
 */
import { Alert, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type {
  Appointment,
  IssueTicketBody,
  KioskTicket,
  PriorityReason,
} from '../../api/queue-types';
import type { Line } from '../../api/types';
import { errorText } from '../../lib/feedback';
import { useInterval } from '../../lib/use-interval';
import { useLoad } from '../../lib/use-load';
import { CheckInStep, checkInKey } from './CheckInStep';
import { IdentifyStep } from './IdentifyStep';
import { LineTiles } from './LineTiles';
import { PriorityStep } from './PriorityStep';
import { TicketCard } from './TicketCard';
import { useIdle } from './use-idle';
import './kiosk.css';

/** How often the waiting counts on the tiles refresh. */
const REFRESH_MS = 10_000;
/** A step nobody touches for this long goes back to the tiles. */
const IDLE_MS = 60_000;

type Step =
  | { kind: 'lines' }
  | { kind: 'identify'; line: Line }
  | { kind: 'priority'; line: Line }
  | { kind: 'check-in' }
  | { kind: 'ticket'; ticket: KioskTicket; appointment?: Appointment };

const SUBTITLES: Record<Step['kind'], string> = {
  lines: '请点击您要办理的业务类别取号',
  identify: '第2步：输入身份证号，或直接取号',
  priority: '绿色通道',
  'check-in': '预约签到取号',
  ticket: '取号成功',
};

export default function KioskPage() {
  const [params] = useSearchParams();
  const centreCode = params.get('centre') || 'demo';
  const centre = useLoad(() => api.centre(centreCode), [centreCode]);
  const [step, setStep] = useState<Step>({ kind: 'lines' });
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useInterval(() => void centre.reload(), step.kind === 'lines' ? REFRESH_MS : null);

  const { reload } = centre;
  const backToTiles = useCallback(() => {
    setStep({ kind: 'lines' });
    setTyped('');
    setError(null);
    void reload();
  }, [reload]);

  const isInput = step.kind === 'identify' || step.kind === 'priority' || step.kind === 'check-in';
  useIdle(() => isInput && !isBusy && backToTiles(), IDLE_MS, `${step.kind}:${typed}:${error}`);

  const type = (value: string) => {
    setTyped(value);
    setError(null);
  };

  const go = (next: Step) => {
    setStep(next);
    setTyped('');
    setError(null);
  };

  /** Runs one call of the kiosk; a refusal stays on the step, in the server's words. */
  const attempt = async (work: () => Promise<Step>) => {
    if (isBusy) return;
    setIsBusy(true);
    setError(null);
    try {
      const next = await work();
      setStep(next);
      setTyped('');
    } catch (err) {
      setError(errorText(err));
    } finally {
      setIsBusy(false);
    }
  };

  const issue = (line: Line, extra: Omit<IssueTicketBody, 'line'>) =>
    attempt(async () => ({
      kind: 'ticket',
      ticket: await api.issueTicket(centreCode, { line: line.letter, ...extra }),
    }));

  const checkIn = () => {
    const key = checkInKey(typed);
    if (!key) return;
    void attempt(async () => {
      const { ticket, appointment } = await api.checkIn(centreCode, key);
      return { kind: 'ticket', ticket, appointment };
    });
  };

  const info = centre.data;
  return (
    <main className="kiosk">
      <h1 className="kiosk-title">{info?.centre.name ?? '社区事务受理服务中心'}</h1>
      <div className="kiosk-subtitle">{SUBTITLES[step.kind]}</div>
      {!info && centre.isLoading && (
        <div style={{ textAlign: 'center', padding: 80 }}>
          <Spin size="large" />
        </div>
      )}
      {!info && centre.error != null && (
        <Alert
          type="error"
          showIcon
          title="无法载入取号信息"
          description={errorText(centre.error)}
        />
      )}
      {info && step.kind === 'lines' && (
        <>
          <button
            type="button"
            className="kiosk-check-in-entry"
            onClick={() => go({ kind: 'check-in' })}
          >
            预约签到
            <small>已在网上预约？输入预约码或身份证号取号</small>
          </button>
          <LineTiles
            lines={info.lines}
            isIssuing={isBusy}
            onTake={(line) => go({ kind: 'identify', line })}
          />
        </>
      )}
      {info && step.kind === 'identify' && (
        <IdentifyStep
          line={step.line}
          idNumber={typed}
          onIdNumber={type}
          isIssuing={isBusy}
          error={error}
          onConfirm={() => void issue(step.line, { idNumber: typed })}
          onSkip={() => void issue(step.line, {})}
          onPriority={() => go({ kind: 'priority', line: step.line })}
          onBack={backToTiles}
        />
      )}
      {info && step.kind === 'priority' && (
        <PriorityStep
          line={step.line}
          isIssuing={isBusy}
          error={error}
          onChoose={(priority: PriorityReason) => void issue(step.line, { priority })}
          onBack={() => go({ kind: 'identify', line: step.line })}
        />
      )}
      {info && step.kind === 'check-in' && (
        <CheckInStep
          value={typed}
          onValue={type}
          isChecking={isBusy}
          error={error}
          onConfirm={checkIn}
          onBack={backToTiles}
        />
      )}
      {info && step.kind === 'ticket' && (
        <TicketCard
          ticket={step.ticket}
          appointment={step.appointment}
          centreName={info.centre.name}
          onDone={backToTiles}
        />
      )}
    </main>
  );
}
