import { contextBridge, ipcRenderer } from 'electron';
import { isLocale, OP_NAMES, ruleMessage, type Envelope } from '../../contract';

// A literal rather than an import from ./ipc: the sandboxed preload must not pull main-process code in.
const DISPATCH_CHANNEL = 'grants:dispatch';
const allowed = new Set<string>(OP_NAMES);

/**
 * The renderer's whole view of the main process: one function. Unknown op names are refused here already,
 * so a compromised page cannot reach main with them (main checks again anyway).
 */
contextBridge.exposeInMainWorld('grants', {
  dispatch(op: unknown, input: unknown, locale: unknown): Promise<Envelope<unknown>> {
    const lang = isLocale(locale) ? locale : 'zh';
    if (typeof op !== 'string' || !allowed.has(op)) {
      const message = ruleMessage('op.unknown', lang, { op: String(op) });
      return Promise.resolve({ ok: false, error: { kind: 'Validation', message, details: { rule: 'op.unknown' } } });
    }
    return ipcRenderer.invoke(DISPATCH_CHANNEL, op, input, lang) as Promise<Envelope<unknown>>;
  },
});
