/**
 * How a message leaves Yimen. The shipped sender only writes a log line (with the phone number
 * masked); a real SMS gateway plugs in by configuration: YIMEN_SMS_SENDER names a module whose
 * `createSender()` returns an object with `send(message)`.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { maskPhone } from '../../core/identity/mask.js';

export interface OutgoingMessage {
  channel: 'sms';
  recipient: string;
  template: string;
  payload: Record<string, unknown>;
}

export interface MessageSender {
  send(message: OutgoingMessage): Promise<void>;
}

/** Writes what would be sent to the log, never the full number. */
export function logSender(log: (line: Record<string, unknown>) => void = (l) => console.log(JSON.stringify(l))): MessageSender {
  return {
    async send(message) {
      log({ msg: 'sms (log sender)', to: maskPhone(message.recipient), template: message.template, payload: message.payload });
    },
  };
}

export async function senderFromEnv(value: string | undefined): Promise<MessageSender> {
  if (!value || value === 'log') return logSender();
  const mod = (await import(pathToFileURL(path.resolve(value)).href)) as { createSender?: () => MessageSender | Promise<MessageSender> };
  if (typeof mod.createSender !== 'function') throw new Error(`YIMEN_SMS_SENDER 模块 ${value} 未导出 createSender()`);
  return mod.createSender();
}
