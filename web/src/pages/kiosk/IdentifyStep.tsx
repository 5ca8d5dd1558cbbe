/**
 * After a line is chosen: the resident may type their resident ID number (not stored; a holder of
 * 70 or older gets the priority lane by age), skip it, or ask for the priority lane (绿色通道).
 */
import type { Line } from '../../api/types';
import { Keypad } from './Keypad';
import { KioskError } from './KioskError';

interface IdentifyStepProps {
  line: Line;
  idNumber: string;
  onIdNumber: (value: string) => void;
  isIssuing: boolean;
  error: string | null;
  onConfirm: () => void;
  onSkip: () => void;
  onPriority: () => void;
  onBack: () => void;
}

/** A resident ID has 18 characters, or 15 in the legacy format. */
export function isIdLength(value: string): boolean {
  return value.length === 18 || value.length === 15;
}

export function IdentifyStep(props: IdentifyStepProps) {
  const { line, idNumber, isIssuing } = props;
  const canConfirm = isIdLength(idNumber) && !isIssuing;

  return (
    <section className="kiosk-step" aria-label="输入身份证号">
      <div className="kiosk-step-chosen">
        您选择了：<strong>{line.name}</strong>（{line.letter} 类）
      </div>
      <h2 className="kiosk-step-title">输入身份证号（70周岁以上自动优先）</h2>
      <div className="kiosk-step-hint">
        可不输入，点“跳过，直接取号”；号码仅用于判断年龄，不会保存
      </div>
      <KioskError message={props.error} />
      <div className="kiosk-step-body">
        <Keypad
          value={idNumber}
          onChange={props.onIdNumber}
          maxLength={18}
          label="身份证号码"
          placeholder="请输入身份证号码"
          onEnter={() => canConfirm && props.onConfirm()}
        />
        <div className="kiosk-step-actions">
          <button
            type="button"
            className="kiosk-action kiosk-action-primary"
            disabled={!canConfirm}
            onClick={props.onConfirm}
          >
            确认取号
          </button>
          <button
            type="button"
            className="kiosk-action"
            disabled={isIssuing}
            onClick={props.onSkip}
          >
            跳过，直接取号
          </button>
          <button
            type="button"
            className="kiosk-action kiosk-action-green"
            disabled={isIssuing}
            onClick={props.onPriority}
          >
            绿色通道
            <small>军人军属 · 老年人 · 残疾人 · 孕妇</small>
          </button>
          <button
            type="button"
            className="kiosk-action kiosk-action-quiet"
            disabled={isIssuing}
            onClick={props.onBack}
          >
            返回
          </button>
        </div>
      </div>
    </section>
  );
}
