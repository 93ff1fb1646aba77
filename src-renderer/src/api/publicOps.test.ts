import { OP_NAMES, ops } from '@contract';
import { describe, expect, it } from 'vitest';
import { PUBLIC_OPS } from './publicOps';

describe('PUBLIC_OPS', () => {
  it('names exactly the ops the contract opens to anyone', () => {
    const inContract = OP_NAMES.filter((op) => ops[op].access === 'public');
    expect([...PUBLIC_OPS].sort()).toEqual([...inContract].sort());
  });
});
