/** A notice's table of materials: those missing, or (a hand-off) those received. */
import type { MissingMaterial } from '../../api/types';
import { materialFormLabel } from '../../lib/labels';

export function MissingTable({
  missing,
  testId = 'notice-missing',
}: {
  missing: MissingMaterial[];
  testId?: string;
}) {
  return (
    <table className="notice-fields" data-testid={testId}>
      <thead>
        <tr>
          <th style={{ width: '12mm' }}>序号</th>
          <th style={{ width: 'auto' }}>材料名称</th>
          <th style={{ width: '28mm' }}>材料形式</th>
          <th style={{ width: '20mm' }}>份数</th>
        </tr>
      </thead>
      <tbody>
        {missing.map((m, i) => (
          <tr key={`${m.name}-${i}`}>
            <td>{i + 1}</td>
            <td>{m.name}</td>
            <td>{m.form ? materialFormLabel(m.form) : '—'}</td>
            <td>{m.copies}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
