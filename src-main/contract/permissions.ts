/**
 * Roles and what they may do. Main checks these on every call; the renderer reads the same table only to
 * decide what to show, never as the guard.
 */
export const ROLES = ['admin', 'finance', 'project', 'evaluator', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'users.manage',
  'fundPrograms.read',
  'fundPrograms.manage',
  'organizations.read',
  'organizations.manage',
  'system.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_ALL: Permission[] = ['fundPrograms.read', 'organizations.read', 'system.read'];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Administrators manage users, fund programs and their rule sets (domain.md: "Who uses the app").
  admin: [...READ_ALL, 'users.manage', 'fundPrograms.manage', 'organizations.manage'],
  finance: [...READ_ALL],
  // Project officers register organizations and take in applications.
  project: [...READ_ALL, 'organizations.manage'],
  evaluator: [...READ_ALL],
  // Auditors read everything and change nothing.
  auditor: [...READ_ALL],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) out.add(p);
  return out;
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r].includes(permission));
}
