import type { OpName } from '@contract';

/**
 * The ops anyone may call (the contract's access: 'public'), named here so the client that the sign-in screen
 * loads does not import every op's schema to learn it; a test keeps the list equal to the contract's.
 */
export const PUBLIC_OPS: readonly OpName[] = ['auth.status', 'auth.setup', 'auth.signIn'];

export function isPublicOp(op: OpName): boolean {
  return PUBLIC_OPS.includes(op);
}
