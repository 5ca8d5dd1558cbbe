/** The five levels of 好差评, as big touch buttons; 1–2 ask for an optional comment first. */
import { FrownOutlined, MehOutlined, SmileOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import type { RatingLevel } from '../../api/types';

export const RATING_LEVELS: { level: RatingLevel; label: string }[] = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
];

const isBad = (level: RatingLevel) => level <= 2;

function LevelIcon({ level }: { level: RatingLevel }) {
  const style = { fontSize: 56 };
  if (level >= 4) return <SmileOutlined aria-hidden style={style} />;
  if (level === 3) return <MehOutlined aria-hidden style={style} />;
  return <FrownOutlined aria-hidden style={style} />;
}

interface RatingLevelsProps {
  isSending: boolean;
  onRate: (level: RatingLevel, comment?: string) => void;
}

export function RatingLevels({ isSending, onRate }: RatingLevelsProps) {
  const [badLevel, setBadLevel] = useState<RatingLevel | null>(null);
  const [comment, setComment] = useState('');

  const choose = (level: RatingLevel) => {
    if (isBad(level)) setBadLevel(level);
    else onRate(level);
  };

  return (
    <>
      <div className="pad-levels">
        {RATING_LEVELS.map(({ level, label }) => (
          <button
            key={level}
            type="button"
            className={`pad-level pad-level-${level}`}
            aria-pressed={badLevel === level}
            disabled={isSending}
            onClick={() => choose(level)}
          >
            <LevelIcon level={level} />
            {label}
          </button>
        ))}
      </div>
      {badLevel !== null && (
        <div className="pad-comment">
          <label htmlFor="pad-comment" style={{ fontSize: 24, display: 'block', marginBottom: 12 }}>
            请告诉我们哪里做得不好（可不填）
          </label>
          <Input.TextArea
            id="pad-comment"
            rows={3}
            maxLength={500}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button
            type="primary"
            size="large"
            style={{ marginTop: 16, height: 64, minWidth: 240, fontSize: 26 }}
            loading={isSending}
            onClick={() => onRate(badLevel, comment.trim() || undefined)}
          >
            提交评价
          </Button>
        </div>
      )}
    </>
  );
}
