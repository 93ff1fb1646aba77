import type { OpOutput, OpParsedInput } from '../contract/index';
import {
  findOrganizationByCreditCode,
  getOrganization,
  insertOrganization,
  listOrganizations,
  updateOrganization,
  type OrganizationFields,
} from '../db/organizations-repo';
import { AppError, notFound, nowIso } from './app-error';
import { recordChange } from './audit';
import type { ServiceContext } from './context';

function fields(input: OpParsedInput<'organizations.create'>): OrganizationFields {
  return {
    name: input.name,
    creditCode: input.creditCode,
    kind: input.kind,
    registration: input.registration,
    districtCode: input.districtCode,
    legalRepresentative: input.legalRepresentative,
    contactPerson: input.contactPerson,
    phone: input.phone,
    foundedDate: input.foundedDate,
    rating: input.rating,
  };
}

/** Naming the organization that holds the code lets the officer tell a typo from a real duplicate. */
function assertCreditCodeFree(ctx: ServiceContext, code: string | null, exceptId: number | null): void {
  if (code === null) return;
  const other = findOrganizationByCreditCode(ctx.db, code);
  if (other && other.id !== exceptId)
    throw new AppError('Conflict', 'organization.creditCodeTaken', { code, name: other.name }, 'creditCode');
}

function load(ctx: ServiceContext, id: number): OpOutput<'organizations.get'> {
  const org = getOrganization(ctx.db, id);
  if (!org) throw notFound('organization.notFound', id);
  return org;
}

export function list(ctx: ServiceContext, input: OpParsedInput<'organizations.list'>): OpOutput<'organizations.list'> {
  return listOrganizations(ctx.db, input);
}

export function get(ctx: ServiceContext, input: OpParsedInput<'organizations.get'>): OpOutput<'organizations.get'> {
  return load(ctx, input.id);
}

export function create(
  ctx: ServiceContext,
  input: OpParsedInput<'organizations.create'>,
): OpOutput<'organizations.create'> {
  assertCreditCodeFree(ctx, input.creditCode, null);
  const id = insertOrganization(ctx.db, fields(input), { now: nowIso(ctx), createdBy: ctx.user?.id ?? null });
  const created = load(ctx, id);
  recordChange(ctx, 'organization', id, null, created);
  return created;
}

export function update(
  ctx: ServiceContext,
  input: OpParsedInput<'organizations.update'>,
): OpOutput<'organizations.update'> {
  const before = load(ctx, input.id);
  assertCreditCodeFree(ctx, input.creditCode, input.id);
  updateOrganization(ctx.db, input.id, fields(input), nowIso(ctx));
  const after = load(ctx, input.id);
  recordChange(ctx, 'organization', input.id, before, after);
  return after;
}
