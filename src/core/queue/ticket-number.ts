/** A ticket's number: the line's letter and a sequence zero-padded to three digits (A001, A1000). */
export function formatTicketNumber(letter: string, seq: number): string {
  return `${letter}${String(seq).padStart(3, '0')}`;
}

/** The words the hall's voice reads for a call: 请A001号到3号窗口办理. */
export function callAnnouncement(ticketNumber: string, windowName: string): string {
  return `请${ticketNumber}号到${windowName}办理`;
}
