import { z } from 'zod';
import { defineOp, idSchema, listQuerySchema, listResultSchema, okOutput, text } from '../common';
import { rolesClashingWithAuditor } from '../permissions';
import { passwordSchema, roleSchema, usernameSchema, userViewSchema } from './auth';

const rolesSchema = z
  .array(roleSchema)
  .min(1)
  .max(5)
  .superRefine((roles, ctx) => {
    const clash = rolesClashingWithAuditor(roles);
    if (clash.length > 0)
      ctx.addIssue({
        code: 'custom',
        message: '',
        params: { rule: 'user.auditorExclusive', roles: clash.map((r) => `@role.${r}`) },
      });
  });

export const userListQuery = listQuerySchema(['username', 'displayName', 'createdAt', 'lastSignInAt'], {
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
});

export const userCreateInput = z.strictObject({
  username: usernameSchema,
  displayName: text(50),
  password: passwordSchema,
  roles: rolesSchema,
});

export const usersOps = {
  'users.list': defineOp({
    input: userListQuery,
    output: listResultSchema(userViewSchema),
    access: 'users.manage',
    mutation: false,
  }),
  'users.create': defineOp({ input: userCreateInput, output: userViewSchema, access: 'users.manage', mutation: true }),
  'users.update': defineOp({
    input: z.strictObject({
      id: idSchema,
      displayName: text(50).optional(),
      roles: rolesSchema.optional(),
      disabled: z.boolean().optional(),
    }),
    output: userViewSchema,
    access: 'users.manage',
    mutation: true,
  }),
  /** Also clears a lockout: the usual way an administrator helps a locked-out colleague. */
  'users.resetPassword': defineOp({
    input: z.strictObject({ id: idSchema, newPassword: passwordSchema }),
    output: okOutput,
    access: 'users.manage',
    mutation: true,
  }),
} as const;
