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
  'log.read',
  'applications.read',
  'applications.edit',
  'applications.formalReview',
  'applications.assignReviewers',
  'applications.score',
  'applications.financeReview',
  'applications.approve',
  'applications.import',
  'applications.export',
  'organizations.sanction',
  'tranches.manage',
  'ledger.post',
  'budgets.request',
  'budgets.approve',
  'milestones.manage',
  'attachments.upload',
  'projects.close',
  'recoveries.record',
  'periods.lock',
  'backups.restore',
  'draws.run',
  'checklists.manage',
  'inspections.record',
  'rectifications.evidence',
  'rectifications.verify',
  'evaluations.manage',
  'evaluations.score',
  'indicatorSystems.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_ALL: Permission[] = [
  'fundPrograms.read',
  'organizations.read',
  'system.read',
  'applications.read',
  'applications.export',
];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  // Administrators manage users, fund programs and their rule sets (the bureau's own division of duties).
  admin: [
    ...READ_ALL,
    'users.manage',
    'fundPrograms.manage',
    'organizations.manage',
    'organizations.sanction',
    'log.read',
    'attachments.upload',
    'backups.restore',
    'draws.run',
    'checklists.manage',
    'indicatorSystems.manage',
  ],
  // Finance officers review budgets, run the public notice and approve (立项); approval needs this role.
  finance: [
    ...READ_ALL,
    'applications.financeReview',
    'applications.approve',
    'organizations.sanction',
    'tranches.manage',
    'ledger.post',
    'budgets.request',
    'budgets.approve',
    'milestones.manage',
    'attachments.upload',
    'projects.close',
    'recoveries.record',
    'periods.lock',
  ],
  // Project officers register organizations, take in applications, do the formal check and assign experts.
  project: [
    ...READ_ALL,
    'organizations.manage',
    'applications.edit',
    'applications.formalReview',
    'applications.assignReviewers',
    'applications.import',
    'ledger.post',
    'budgets.request',
    'milestones.manage',
    'attachments.upload',
    'rectifications.evidence',
  ],
  // Evaluators record inspections and verify rectifications (never their own inspection's, see core/rectification).
  evaluator: [
    ...READ_ALL,
    'applications.score',
    'milestones.manage',
    'attachments.upload',
    'inspections.record',
    'rectifications.verify',
    'draws.run',
    // Evaluators set up evaluations of projects, score them and finalize them.
    'evaluations.manage',
    'evaluations.score',
  ],
  // Auditors read everything, the operation log included, and change nothing.
  auditor: [...READ_ALL, 'log.read'],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  const out = new Set<Permission>();
  for (const role of roles) for (const p of ROLE_PERMISSIONS[role]) out.add(p);
  return out;
}

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r].includes(permission));
}

/** A role changes data when it holds any permission beyond reading (the log included). */
export function changesData(role: Role): boolean {
  return ROLE_PERMISSIONS[role].some((p) => !READ_ALL.includes(p) && p !== 'log.read');
}

/**
 * 不相容职务分离: the auditor reads everything and changes nothing, so an account holding the auditor role
 * may hold no role that changes data. Returns the roles that clash (none when the set is allowed).
 */
export function rolesClashingWithAuditor(roles: readonly Role[]): Role[] {
  return roles.includes('auditor') ? roles.filter((r) => r !== 'auditor' && changesData(r)) : [];
}
