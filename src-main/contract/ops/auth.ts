import { z } from 'zod';
import { defineOp, emptyInput, idSchema, okOutput, patterned, text, timestampSchema } from '../common';
import { PERMISSIONS, ROLES } from '../permissions';

export const usernameSchema = patterned(/^[A-Za-z0-9_.-]{2,32}$/, 'A–Z a–z 0–9 _ . -, 2–32');

/** At least 8 characters with a letter and a digit: the bar a bureau's IT policy usually sets. */
export const passwordSchema = z
  .string()
  .max(128)
  .refine((p) => p.length >= 8 && /[A-Za-z]/.test(p) && /\d/.test(p), { params: { rule: 'password.weak' } });

export const roleSchema = z.enum(ROLES);

export const userViewSchema = z.object({
  id: idSchema,
  username: z.string(),
  displayName: z.string(),
  roles: z.array(roleSchema),
  permissions: z.array(z.enum(PERMISSIONS)),
  disabled: z.boolean(),
  createdAt: timestampSchema,
  lastSignInAt: timestampSchema.nullable(),
  lockedUntil: timestampSchema.nullable(),
});
export type UserView = z.output<typeof userViewSchema>;

export const authOps = {
  'auth.status': defineOp({
    input: emptyInput,
    output: z.object({
      needsSetup: z.boolean(),
      user: userViewSchema.nullable(),
      sessionTimeoutMinutes: z.int(),
    }),
    access: 'public',
    mutation: false,
  }),
  /** First run only: creates the administrator and signs them in. */
  'auth.setup': defineOp({
    input: z.strictObject({
      username: usernameSchema,
      displayName: text(50),
      password: passwordSchema,
      loadDemo: z.boolean().default(false),
    }),
    output: z.object({ user: userViewSchema }),
    access: 'public',
    mutation: true,
  }),
  'auth.signIn': defineOp({
    input: z.strictObject({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(128) }),
    output: z.object({ user: userViewSchema }),
    access: 'public',
    mutation: true,
  }),
  'auth.signOut': defineOp({ input: emptyInput, output: okOutput, access: 'authenticated', mutation: true }),
  'auth.changePassword': defineOp({
    input: z.strictObject({ currentPassword: z.string().min(1).max(128), newPassword: passwordSchema }),
    output: okOutput,
    access: 'authenticated',
    mutation: true,
  }),
} as const;
