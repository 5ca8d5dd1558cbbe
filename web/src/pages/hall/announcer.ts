/**
 * Reads calls aloud in the hall with the browser's speech synthesis (zh-CN). Calls that arrive
 * together — a screen catching up after a reconnect — are cut to the latest few, so a long
 * outage does not turn into minutes of reading old numbers.
 */

/** Calls arriving within this time count as one burst. */
const BURST_MS = 150;
/** At most this many calls of a burst are read. */
const BURST_MAX = 3;

function hasSpeech(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window;
}

function say(text: string): void {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'zh-CN';
  utterance.rate = 0.9;
  const voice = window.speechSynthesis
    .getVoices()
    .find((v) => v.lang.toLowerCase().replace('_', '-').startsWith('zh-cn'));
  if (voice) utterance.voice = voice;
  // The browser queues utterances: one sentence is read after the other, none cut off.
  window.speechSynthesis.speak(utterance);
}

export interface Announcer {
  /** Reads `text` `times` times (after any calls before it). */
  announce(text: string): void;
  /**
   * Speaks a short sentence inside a click: browsers allow speech only after a user gesture on
   * the page, and once allowed it stays allowed until the page is reloaded.
   */
  unlock(): void;
  dispose(): void;
}

export function createAnnouncer(options: { times: number }): Announcer {
  let burst: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const flush = () => {
    timer = undefined;
    const texts = burst.slice(-BURST_MAX);
    burst = [];
    for (const text of texts) for (let i = 0; i < options.times; i++) say(text);
  };

  return {
    announce(text) {
      if (!hasSpeech()) return;
      burst.push(text);
      timer ??= setTimeout(flush, BURST_MS);
    },
    unlock() {
      if (hasSpeech()) say('语音播报已开启');
    },
    dispose() {
      clearTimeout(timer);
      burst = [];
    },
  };
}

export const isSpeechAvailable = hasSpeech;
