/**
 * 指标穿透: the records behind one number (an indicator's numerator or denominator), residents'
 * names masked by the server. A case opens in full where the viewer may read it.
 */
import { Drawer } from 'antd';
import { DrillTable } from './DrillTable';
import { partName, type DrillTarget } from './drill-target';

interface DrillDrawerProps {
  target: DrillTarget | null;
  onClose: () => void;
  /** Opens a case of the drill-down; left out where the viewer cannot read cases. */
  onOpenCase?: (caseId: string) => void;
  /** The scope is a centre known only from report uploads (it has totals, no records). */
  isUploadedCentre?: boolean;
}

/** A key that changes with what is asked, so a new number starts on page 1. */
function targetKey(t: DrillTarget): string {
  return [t.scope, t.from, t.to, t.indicator.code, t.part, t.group?.by, t.group?.key].join('|');
}

export function DrillDrawer({ target, onClose, onOpenCase, isUploadedCentre }: DrillDrawerProps) {
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      size={1000}
      title={
        target
          ? `指标穿透 · ${target.indicator.name} · ${partName(target.indicator, target.part)}`
          : '指标穿透'
      }
    >
      {target && (
        <DrillTable
          key={targetKey(target)}
          target={target}
          onOpenCase={onOpenCase}
          isUploadedCentre={isUploadedCentre}
        />
      )}
    </Drawer>
  );
}
