/**
 * The kiosk's numeric keypad: big keys for digits, X (the check character of a resident ID,
 * only as its 18th character) and delete. A keyboard attached to the kiosk works too.
 */
import { useEffect, useRef } from 'react';

interface KeypadProps {
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  /** Named for screen readers and tests, e.g. 身份证号码. */
  label: string;
  placeholder: string;
  /** Enter on an attached keyboard. */
  onEnter?: () => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** 110105 19491231 002X: an ID number in its parts (area, birth date, sequence), easier to check. */
export function groupDigits(value: string): string {
  if (value.length <= 8) return value;
  return [value.slice(0, 6), value.slice(6, 14), value.slice(14)].filter(Boolean).join(' ');
}

export function Keypad({ value, onChange, maxLength, label, placeholder, onEnter }: KeypadProps) {
  const canX = value.length === 17;
  const latest = useRef({ value, onChange, onEnter, canX });
  useEffect(() => {
    latest.current = { value, onChange, onEnter, canX };
  });

  const press = (key: string) => {
    if (value.length < maxLength) onChange(value + key);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { value: v, onChange: change, onEnter: enter, canX: x } = latest.current;
      if (/^\d$/.test(e.key) && v.length < maxLength) change(v + e.key);
      else if ((e.key === 'x' || e.key === 'X') && x) change(`${v}X`);
      else if (e.key === 'Backspace') change(v.slice(0, -1));
      else if (e.key === 'Enter') enter?.();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [maxLength]);

  return (
    <div className="kiosk-keypad">
      <output
        className="kiosk-keypad-display"
        aria-label={label}
        data-testid="kiosk-keypad-display"
      >
        {value ? (
          groupDigits(value)
        ) : (
          <span className="kiosk-keypad-placeholder">{placeholder}</span>
        )}
      </output>
      <div className="kiosk-keypad-keys">
        {DIGITS.map((d) => (
          <button key={d} type="button" className="kiosk-key" onClick={() => press(d)}>
            {d}
          </button>
        ))}
        <button type="button" className="kiosk-key" disabled={!canX} onClick={() => press('X')}>
          X
        </button>
        <button type="button" className="kiosk-key" onClick={() => press('0')}>
          0
        </button>
        <button
          type="button"
          className="kiosk-key kiosk-key-delete"
          disabled={!value}
          onClick={() => onChange(value.slice(0, -1))}
        >
          删除
        </button>
      </div>
    </div>
  );
}
