/** 预约签到: the 8-digit booking code or the ID number used to book gives the booked ticket. */
import { Keypad } from './Keypad';
import { KioskError } from './KioskError';
import { isIdLength } from './IdentifyStep';

interface CheckInStepProps {
  value: string;
  onValue: (value: string) => void;
  isChecking: boolean;
  error: string | null;
  onConfirm: () => void;
  onBack: () => void;
}

/** What the typed characters are: 8 digits are a booking code, 15 or 18 an ID number. */
export function checkInKey(value: string): { code: string } | { idNumber: string } | null {
  if (/^\d{8}$/.test(value)) return { code: value };
  if (isIdLength(value)) return { idNumber: value };
  return null;
}

export function CheckInStep({
  value,
  onValue,
  isChecking,
  error,
  onConfirm,
  onBack,
}: CheckInStepProps) {
  const canConfirm = checkInKey(value) !== null && !isChecking;
  return (
    <section className="kiosk-step" aria-label="预约签到">
      <h2 className="kiosk-step-title">预约签到</h2>
      <div className="kiosk-step-hint">请输入8位预约码，或预约时使用的身份证号码</div>
      <KioskError message={error} />
      <div className="kiosk-step-body">
        <Keypad
          value={value}
          onChange={onValue}
          maxLength={18}
          label="预约码或身份证号码"
          placeholder="预约码 / 身份证号码"
          onEnter={() => canConfirm && onConfirm()}
        />
        <div className="kiosk-step-actions">
          <button
            type="button"
            className="kiosk-action kiosk-action-primary"
            disabled={!canConfirm}
            onClick={onConfirm}
          >
            签到取号
          </button>
          <button
            type="button"
            className="kiosk-action kiosk-action-quiet"
            disabled={isChecking}
            onClick={onBack}
          >
            返回
          </button>
        </div>
      </div>
    </section>
  );
}
