/** The window a clerk sits at, remembered per centre in this browser. */
import { readStored, writeStored } from '../../lib/storage';

const key = (centreCode: string) => `yimen.window.${centreCode}`;

export const rememberedWindowId = (centreCode: string) => readStored(key(centreCode));

export const rememberWindowId = (centreCode: string, windowId: string | null) =>
  writeStored(key(centreCode), windowId);
