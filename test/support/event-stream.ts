/** Reading server-sent events in API tests: an open stream read in the background. */
export interface StreamEvent {
  id?: string;
  event: string;
  data: any;
  raw: string;
}

/** An open event stream whose events can be awaited one by one, in order. */
export class EventReader {
  private readonly events: StreamEvent[] = [];
  private readonly all: StreamEvent[] = [];
  private wake: (() => void) | null = null;
  private ended = false;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;

  constructor(readonly response: Response) {
    this.reader = response.body!.getReader();
    void this.pump();
  }

  private async pump() {
    const reader = this.reader;
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) {
            const parsed = {
              id: /^id: (.*)$/m.exec(block)?.[1],
              event,
              data: JSON.parse(data),
              raw: block,
            };
            this.events.push(parsed);
            this.all.push(parsed);
            this.wake?.();
          }
        }
      }
    } catch {
      // cancelled by close()
    }
    this.ended = true;
    this.wake?.();
  }

  /** The next event of type `event` (earlier events of other types are skipped). */
  async next(event: string, timeoutMs = 5000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.events.findIndex((e) => e.event === event);
      if (index >= 0) return this.events.splice(0, index + 1).at(-1)!;
      if (this.ended) throw new Error(`stream ended before a ${event} event`);
      if (Date.now() > deadline) throw new Error(`no ${event} event within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        setTimeout(resolve, 50);
      });
    }
  }

  /** Every event received so far, as sent. */
  get received(): string[] {
    return this.all.map((e) => e.raw);
  }

  async close() {
    await this.reader.cancel().catch(() => {});
  }
}
