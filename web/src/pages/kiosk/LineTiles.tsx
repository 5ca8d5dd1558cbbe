/** One big tile per line of business: icon, name and how many are waiting. */
import type { Line } from '../../api/types';
import { LineIcon } from './line-icons';

interface LineTilesProps {
  lines: Line[];
  isIssuing: boolean;
  onTake: (line: Line) => void;
}

export function LineTiles({ lines, isIssuing, onTake }: LineTilesProps) {
  return (
    <div className="kiosk-tiles">
      {lines.map((line) => (
        <button
          key={line.letter}
          type="button"
          className="kiosk-tile"
          disabled={isIssuing}
          onClick={() => onTake(line)}
          data-testid={`kiosk-line-${line.letter}`}
        >
          <LineIcon name={line.icon} style={{ fontSize: 64 }} />
          <span className="kiosk-tile-name">{line.name}</span>
          <span className="kiosk-tile-waiting">
            {line.letter} 类 · 等候 {line.waiting} 人
          </span>
        </button>
      ))}
    </div>
  );
}
