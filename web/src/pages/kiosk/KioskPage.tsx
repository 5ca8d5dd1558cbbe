/**
 * The self-service kiosk in the hall (no sign-in). `?centre=` names the centre, `demo` by default.
 * A tap on a line issues a ticket and shows it until printed or for 20 seconds.
 */
import { Alert, Spin } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { IssuedTicket, Line } from '../../api/types';
import { errorText, useFeedback } from '../../lib/feedback';
import { useInterval } from '../../lib/use-interval';
import { useLoad } from '../../lib/use-load';
import { LineTiles } from './LineTiles';
import { TicketCard } from './TicketCard';
import './kiosk.css';

/** How often the waiting counts on the tiles refresh. */
const REFRESH_MS = 10_000;

export default function KioskPage() {
  const [params] = useSearchParams();
  const centreCode = params.get('centre') || 'demo';
  const { showError } = useFeedback();
  const centre = useLoad(() => api.centre(centreCode), [centreCode]);
  const [ticket, setTicket] = useState<IssuedTicket | null>(null);
  const [isIssuing, setIsIssuing] = useState(false);

  useInterval(() => void centre.reload(), ticket ? null : REFRESH_MS);

  const take = async (line: Line) => {
    if (isIssuing) return;
    setIsIssuing(true);
    try {
      setTicket(await api.takeTicket(centreCode, line.letter));
    } catch (err) {
      showError(err, '取号失败');
    } finally {
      setIsIssuing(false);
    }
  };

  const { reload } = centre;
  const backToTiles = useCallback(() => {
    setTicket(null);
    void reload();
  }, [reload]);

  const info = centre.data;
  return (
    <main className="kiosk">
      <h1 className="kiosk-title">{info?.centre.name ?? '社区事务受理服务中心'}</h1>
      <div className="kiosk-subtitle">
        {ticket ? '取号成功' : '请点击您要办理的业务类别取号'}
      </div>
      {!info && centre.isLoading && (
        <div style={{ textAlign: 'center', padding: 80 }}>
          <Spin size="large" />
        </div>
      )}
      {!info && centre.error != null && (
        <Alert type="error" showIcon title="无法载入取号信息" description={errorText(centre.error)} />
      )}
      {info && ticket && (
        <TicketCard ticket={ticket} centreName={info.centre.name} onDone={backToTiles} />
      )}
      {info && !ticket && (
        <LineTiles lines={info.lines} isIssuing={isIssuing} onTake={(l) => void take(l)} />
      )}
    </main>
  );
}
