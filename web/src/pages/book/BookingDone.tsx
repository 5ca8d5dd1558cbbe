/** The booking made: the code in large type, and what to do on the day. */
import { Button, Descriptions } from 'antd';
import type { Appointment } from '../../api/queue-types';
import { dayLabel } from './booking-rules';

export function BookingDone({
  appointment,
  onAgain,
}: {
  appointment: Appointment;
  onAgain: () => void;
}) {
  return (
    <section className="book-done" aria-label="预约成功">
      <div className="book-done-title">预约成功</div>
      <div className="book-done-label">您的预约码</div>
      <div className="book-code" data-testid="booking-code">
        {appointment.code}
      </div>
      <div className="book-done-hint">请于预约时段到中心自助机签到</div>
      <Descriptions column={1} bordered size="middle" className="book-done-details">
        <Descriptions.Item label="办理事项">{appointment.itemName}</Descriptions.Item>
        <Descriptions.Item label="预约日期">{dayLabel(appointment.date)}</Descriptions.Item>
        <Descriptions.Item label="预约时段">{appointment.band.replace('-', '–')}</Descriptions.Item>
        <Descriptions.Item label="预约人">{appointment.name}</Descriptions.Item>
      </Descriptions>
      <p className="book-done-note">
        签到时在自助机输入预约码或身份证号码即可取号，请携带证件和申请材料。如需取消，请尽早在本页下方办理（临近时段开始时不能取消）。
      </p>
      <Button size="large" onClick={onAgain}>
        返回预约页
      </Button>
    </section>
  );
}
