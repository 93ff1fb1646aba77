import type { Locale, OpInput, OpName, OpOutput } from '@contract';
import { ApiError } from './errors';
import { isPublicOp } from './publicOps';
import { pickTransport, type Transport } from './transports';

let transport: Transport | null = null;
let currentLocale: () => Locale = () => 'zh';
const unauthenticatedListeners = new Set<(error: ApiError) => void>();

/** Start-up wiring (and tests): which transport to use and where the user's language comes from. */
export function configureClient(opts: { transport?: Transport; locale?: () => Locale }): void {
  if (opts.transport) transport = opts.transport;
  if (opts.locale) currentLocale = opts.locale;
}

function activeTransport(): Transport {
  transport ??= pickTransport(typeof window === 'undefined' ? undefined : window.grants);
  return transport;
}

/**
 * The one way the renderer talks to main. Typed from the contract, so an op cannot be called with the wrong
 * shape; a failed op throws an ApiError carrying main's message.
 */
export async function call<N extends OpName>(op: N, input: OpInput<N>): Promise<OpOutput<N>> {
  const envelope = await activeTransport()(op, input, currentLocale());
  if (envelope.ok) return envelope.value as OpOutput<N>;
  const error = new ApiError(envelope.error);
  // A public op (sign-in, first run) reports its own failures in its form; anything else failing with
  // Unauthenticated means the session is gone, and the whole app must return to the sign-in screen.
  if (error.kind === 'Unauthenticated' && !isPublicOp(op)) {
    for (const listener of unauthenticatedListeners) listener(error);
  }
  throw error;
}

export function onUnauthenticated(listener: (error: ApiError) => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}
