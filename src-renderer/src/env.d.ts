/// <reference types="vite/client" />
import type { Envelope, Locale, OpName } from '@contract';

/** What the Electron preload exposes through contextBridge: one function, one IPC channel. */
export interface GrantsBridge {
  dispatch(op: OpName, input: unknown, locale: Locale): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    /** Present only inside the Electron host; the browser host talks HTTP instead. */
    grants?: GrantsBridge;
  }
}
