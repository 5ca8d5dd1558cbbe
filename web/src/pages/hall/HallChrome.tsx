/** What the hall's screens share around their numbers: the clock, the voice switch, the offline marker. */
import { DisconnectOutlined, SoundOutlined } from '@ant-design/icons';
import { useMemo, useState } from 'react';
import { formatTime } from '../../lib/format';
import { useMeta } from '../../lib/meta';
import { useInterval } from '../../lib/use-interval';
import { isSpeechAvailable } from './announcer';

/**
 * The time in Shanghai, to the minute, by the server's clock (a training server may run on
 * another day's clock): the browser's clock moved by the difference seen when /meta answered.
 */
export function HallClock() {
  const meta = useMeta();
  const offset = useMemo(() => (meta ? new Date(meta.now).getTime() - Date.now() : 0), [meta]);
  // Rendered again every 10 s; each render reads the time afresh.
  const [, rerender] = useState(0);
  useInterval(() => rerender((n) => n + 1), 10_000);
  const now = new Date(Date.now() + offset).toISOString();
  return <span className="hall-clock">{formatTime(now).slice(0, 5)}</span>;
}

export function OfflineMarker() {
  return (
    <span className="hall-offline" role="status" data-testid="hall-offline">
      <DisconnectOutlined aria-hidden /> 连接中断，正在重连…
    </span>
  );
}

/**
 * A one-time button that allows speech: browsers read aloud only after someone has clicked on
 * the page (a TV browser started with autoplay allowed does not need it).
 */
export function VoiceSwitch({ onUnlock }: { onUnlock: () => void }) {
  const [isOn, setIsOn] = useState(false);
  if (!isSpeechAvailable()) return null;
  if (isOn) {
    return (
      <span className="hall-voice-on" data-testid="hall-voice-on">
        <SoundOutlined aria-hidden /> 语音播报
      </span>
    );
  }
  return (
    <button
      type="button"
      className="hall-voice-button"
      onClick={() => {
        onUnlock();
        setIsOn(true);
      }}
    >
      <SoundOutlined aria-hidden /> 开启语音播报
    </button>
  );
}
