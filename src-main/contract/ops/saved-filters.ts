import { z } from 'zod';
import { defineOp, idSchema, okOutput, text, timestampSchema } from '../common';

export const SAVED_FILTER_LISTS = ['applications', 'organizations', 'fundPrograms', 'log'] as const;

export const savedFilterSchema = z.object({
  id: idSchema,
  list: z.enum(SAVED_FILTER_LISTS),
  name: z.string(),
  /** The list query (search, filters, sort) as the list page keeps it; validated again when applied. */
  query: z.record(z.string(), z.unknown()),
  createdAt: timestampSchema,
});

/** Each user's own named views of a list ("本年度待初审", "渝中区已立项"). */
export const savedFiltersOps = {
  'savedFilters.list': defineOp({
    input: z.strictObject({ list: z.enum(SAVED_FILTER_LISTS) }),
    output: z.array(savedFilterSchema),
    access: 'authenticated',
    mutation: false,
  }),
  'savedFilters.save': defineOp({
    input: z.strictObject({
      list: z.enum(SAVED_FILTER_LISTS),
      name: text(50),
      query: z.record(z.string(), z.unknown()).refine((q) => JSON.stringify(q).length <= 4000, {
        params: { rule: 'schema.maxLength', max: 4000 },
      }),
    }),
    output: savedFilterSchema,
    access: 'authenticated',
    mutation: true,
  }),
  'savedFilters.delete': defineOp({
    input: z.strictObject({ id: idSchema }),
    output: okOutput,
    access: 'authenticated',
    mutation: true,
  }),
} as const;
