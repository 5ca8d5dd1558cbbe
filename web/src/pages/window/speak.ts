/** Voice calls through the browser's speech synthesis (zh-CN), where the browser has it. */

/** The sentence the hall hears: 请A001号到3号窗口办理. */
export function callSentence(ticketNumber: string, windowNumber: string | number): string {
  return `请${ticketNumber}号到${windowNumber}号窗口办理`;
}

export function speak(text: string): void {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'zh-CN';
  utterance.rate = 0.9;
  const voice = window.speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith('zh'));
  if (voice) utterance.voice = voice;
  // A new call interrupts an old one still being read.
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}
