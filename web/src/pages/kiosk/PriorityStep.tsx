/** 绿色通道: the resident names why they are served first; the clerk checks the papers at the window. */
import type { PriorityReason } from '../../api/queue-types';
import type { Line } from '../../api/types';
import { PRIORITY_REASON_LABELS } from '../../lib/labels';
import { KioskError } from './KioskError';

interface PriorityStepProps {
  line: Line;
  isIssuing: boolean;
  error: string | null;
  onChoose: (reason: PriorityReason) => void;
  onBack: () => void;
}

const REASONS = Object.keys(PRIORITY_REASON_LABELS) as PriorityReason[];

export function PriorityStep({ line, isIssuing, error, onChoose, onBack }: PriorityStepProps) {
  return (
    <section className="kiosk-step" aria-label="绿色通道">
      <div className="kiosk-step-chosen">
        您选择了：<strong>{line.name}</strong>（{line.letter} 类）
      </div>
      <h2 className="kiosk-step-title">绿色通道 · 请选择优先办理的原因</h2>
      <div className="kiosk-step-hint">
        请在窗口出示相关证件（如军人证、残疾人证），工作人员将予以核验
      </div>
      <KioskError message={error} />
      <div className="kiosk-reasons">
        {REASONS.map((reason) => (
          <button
            key={reason}
            type="button"
            className="kiosk-reason"
            disabled={isIssuing}
            onClick={() => onChoose(reason)}
          >
            {PRIORITY_REASON_LABELS[reason]}
          </button>
        ))}
      </div>
      <div className="kiosk-step-footer">
        <button
          type="button"
          className="kiosk-action kiosk-action-quiet"
          disabled={isIssuing}
          onClick={onBack}
        >
          返回
        </button>
      </div>
    </section>
  );
}
