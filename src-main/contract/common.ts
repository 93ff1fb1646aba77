import { z } from 'zod';
import { MAX_FEN } from '../core/money';
import type { Permission } from './permissions';

/** Integer fen. Money never crosses the boundary as a float or a decimal string. */
export const fenSchema = z.int().min(0).max(MAX_FEN);
export const idSchema = z.int().min(1).max(Number.MAX_SAFE_INTEGER);
export const dateSchema = z.iso.date();
export const timestampSchema = z.string();
export const percentSchema = z.int().min(0).max(100);

export function text(max: number) {
  return z.string().trim().min(1).max(max);
}
export function optionalText(max: number) {
  return z.string().trim().max(max).default('');
}

export const SORT_LIMIT = 3;
export const PAGE_SIZE_MAX = 500;

/**
 * Every list is paged, sorted and filtered by SQL: the renderer never loads a whole table. Sortable columns
 * are an allow-list per op, so a sort key can never become SQL text.
 */
export function listQuerySchema<const S extends readonly [string, ...string[]], F extends z.ZodRawShape>(
  sortable: S,
  filters: F,
) {
  return z.strictObject({
    page: z.int().min(1).max(1_000_000).default(1),
    pageSize: z.int().min(1).max(PAGE_SIZE_MAX).default(50),
    sort: z
      .array(z.strictObject({ id: z.enum(sortable), desc: z.boolean() }))
      .max(SORT_LIMIT)
      .default([]),
    search: z.string().trim().max(100).default(''),
    filters: z.strictObject(filters).default({} as never),
  });
}

export function listResultSchema<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.int().min(0) });
}

export type OpAccess = Permission | 'public' | 'authenticated';

export interface OpDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** 'public' ops run without a session (sign-in, first run); everything else needs one. */
  access: OpAccess;
  /** Mutations run in a write transaction and are what the operation log records. */
  mutation: boolean;
}

export function defineOp<I extends z.ZodType, O extends z.ZodType>(def: OpDef<I, O>): OpDef<I, O> {
  return def;
}

/**
 * A required string that must match a pattern; the message names the expected format rather than the regex,
 * and an empty value reads "不能为空" rather than a format error.
 */
export function patterned(re: RegExp, format: string) {
  return z
    .string()
    .trim()
    .min(1)
    .refine((s) => s === '' || re.test(s), { params: { rule: 'schema.format', format } });
}

/**
 * Object-level rules run even while unrelated fields are still invalid (zod skips them by default), so a form
 * shows "校验位错误" as soon as the code is typed. Pass the dotted paths the rule reads; an issue on one of
 * them, inside one, or on a parent of one keeps the rule from running on a value it cannot trust.
 */
export function whenValid(...paths: string[]) {
  const wanted = paths.map((p) => p.split('.'));
  const overlaps = (issuePath: readonly PropertyKey[]) =>
    wanted.some((w) => w.every((k, i) => i >= issuePath.length || String(issuePath[i]) === k));
  return {
    when: (payload: { value: unknown; issues: readonly { path?: readonly PropertyKey[] }[] }) =>
      typeof payload.value === 'object' &&
      payload.value !== null &&
      !payload.issues.some((i) => !i.path?.length || overlaps(i.path)),
  };
}

export const emptyInput = z.strictObject({});
export const okOutput = z.object({ done: z.literal(true) });
