/**
 * 网上预约, public (`/book?centre=demo`): book an item for one of the next working days, then check
 * in at the kiosk with the code; or cancel a booking. Large type and controls (适老化).
 */
import { Card, ConfigProvider, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Appointment } from '../../api/queue-types';
import { useLoad } from '../../lib/use-load';
import { BookingDone } from './BookingDone';
import { BookingForm } from './BookingForm';
import { CancelForm } from './CancelForm';
import './book.css';

/** Bigger type and taller controls than the staff console. */
const LARGE = { token: { fontSize: 18, controlHeight: 44, controlHeightLG: 56, fontSizeLG: 20 } };

export default function BookPage() {
  const [params] = useSearchParams();
  const centreCode = params.get('centre') || 'demo';
  const centre = useLoad(() => api.centre(centreCode), [centreCode]);
  const [booked, setBooked] = useState<Appointment | null>(null);
  // A new form after "返回": a fresh key empties every field.
  const [round, setRound] = useState(0);
  const info = centre.data?.centre;

  return (
    <ConfigProvider theme={LARGE}>
      <main className="book-page">
        <Typography.Title level={1} className="book-title">
          网上预约
        </Typography.Title>
        <div className="book-centre">
          {info ? `${info.name} · ${info.address} · ${info.phone}` : ' '}
        </div>
        <Card className="book-card">
          {booked ? (
            <BookingDone
              appointment={booked}
              onAgain={() => {
                setBooked(null);
                setRound((r) => r + 1);
              }}
            />
          ) : (
            <BookingForm key={round} centreCode={centreCode} onBooked={setBooked} />
          )}
        </Card>
        <Card className="book-card" title="取消预约">
          <CancelForm centreCode={centreCode} />
        </Card>
      </main>
    </ConfigProvider>
  );
}
