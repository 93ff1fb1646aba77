import type { ApplicationRow, FundProgramRow, OpParsedInput, OrganizationView, UserView } from '../../contract/index';
import { SERVICE_AREA_NAMES, type ServiceArea } from '../../core/application-vocabulary';
import { districtName } from '../../core/districts';
import { getFundProgram } from '../../db/fund-programs-repo';
import { getOrganization } from '../../db/organizations-repo';
import { iterateApplicationsForExportRows } from '../applications/index';
import type { ServiceContext } from '../context';
import * as fundPrograms from '../fund-programs';
import * as organizations from '../organizations';
import * as users from '../users';
import { amount, beijingTime, label, localeOf, period, word } from './cells';
import type { ColumnValue, ExportView } from './export-view';

/** Pages through a list op's own service, so an export has exactly the rows the grid's pages would show. */
export function* allPages<R>(fetch: (page: number, pageSize: number) => { rows: R[] }, pageSize = 1000): Generator<R> {
  for (let page = 1; ; page++) {
    const { rows } = fetch(page, pageSize);
    yield* rows;
    if (rows.length < pageSize) return;
  }
}

const district = (code: string, locale: 'zh' | 'en') => districtName(code, locale) ?? code;

const APPLICATION_COLUMNS: Record<string, ColumnValue<ApplicationRow>> = {
  code: (r) => r.code,
  agreementNumber: (r) => r.agreementNumber ?? '',
  name: (r) => r.name,
  organizationName: (r) => r.organizationName,
  programCode: (r) => r.programCode,
  year: (r) => r.year,
  classCode: (r) => r.classCode,
  serviceArea: (r, l) => SERVICE_AREA_NAMES[r.serviceArea as ServiceArea]?.[l] ?? r.serviceArea,
  districtCode: (r, l) => district(r.districtCode, l),
  requestedFen: (r) => amount(r.requestedFen),
  approvedFen: (r) => amount(r.approvedFen),
  meanScore: (r) => (r.meanScore === null ? null : Math.round(r.meanScore * 100) / 100),
  state: (r, l) => label('applicationState', r.state, l),
  submittedAt: (r) => beijingTime(r.submittedAt),
  createdAt: (r) => beijingTime(r.createdAt),
  period: (r, l) => period(r.periodStart, r.periodEnd, l),
};

const APPLICATION_FILTERS = {
  state: (ctx: ServiceContext, v: unknown) => label('applicationState', String(v), localeOf(ctx)),
  fundProgramId: (ctx: ServiceContext, v: unknown) => {
    const p = getFundProgram(ctx.db, Number(v));
    return p ? `${p.code} ${p.name}` : String(v);
  },
  organizationId: (ctx: ServiceContext, v: unknown) => getOrganization(ctx.db, Number(v))?.name ?? String(v),
  districtCode: (ctx: ServiceContext, v: unknown) => district(String(v), localeOf(ctx)),
  serviceArea: (ctx: ServiceContext, v: unknown) => SERVICE_AREA_NAMES[v as ServiceArea]?.[localeOf(ctx)] ?? String(v),
};

type ApplicationsInput = OpParsedInput<'exports.projects'>;

function applicationView(name: 'projects' | 'financeQueue'): ExportView<ApplicationsInput, ApplicationRow> {
  return {
    name,
    scope: 'applications',
    columns: APPLICATION_COLUMNS,
    // The export query of the application list: the same WHERE and ORDER BY as its pages, streamed.
    rows: (ctx, input) =>
      iterateApplicationsForExportRows(ctx, { search: input.search, filters: input.filters, sort: input.sort }),
    filterText: APPLICATION_FILTERS,
  };
}

export const projectsView = applicationView('projects');
export const financeQueueView = applicationView('financeQueue');

export const organizationsView: ExportView<OpParsedInput<'exports.organizations'>, OrganizationView> = {
  name: 'organizations',
  scope: 'organizations',
  columns: {
    name: (r) => r.name,
    creditCode: (r) => r.creditCode ?? '',
    kind: (r, l) => label('orgKind', r.kind, l),
    registration: (r, l) => label('registration', r.registration, l),
    districtCode: (r, l) => district(r.districtCode, l),
    legalRepresentative: (r) => r.legalRepresentative,
    contactPerson: (r) => r.contactPerson,
    phone: (r) => r.phone,
    rating: (r) => r.rating ?? '',
    foundedDate: (r) => r.foundedDate ?? '',
    createdAt: (r) => beijingTime(r.createdAt),
  },
  rows: (ctx, input) => allPages((page, pageSize) => organizations.list(ctx, { ...input, page, pageSize })),
  filterText: {
    kind: (ctx, v) => label('orgKind', String(v), localeOf(ctx)),
    registration: (ctx, v) => label('registration', String(v), localeOf(ctx)),
    districtCode: (ctx, v) => district(String(v), localeOf(ctx)),
  },
};

function userStatus(u: UserView, ctx: ServiceContext): string {
  if (u.disabled) return word('disabled', localeOf(ctx));
  if (u.lockedUntil !== null && Date.parse(u.lockedUntil) > ctx.now.getTime()) return word('locked', localeOf(ctx));
  return word('active', localeOf(ctx));
}

export function usersView(ctx: ServiceContext): ExportView<OpParsedInput<'exports.users'>, UserView> {
  return {
    name: 'users',
    scope: 'users',
    columns: {
      username: (r) => r.username,
      displayName: (r) => r.displayName,
      roles: (r, l) => r.roles.map((role) => label('role', role, l)).join(l === 'zh' ? '、' : ', '),
      status: (r) => userStatus(r, ctx),
      lastSignInAt: (r, l) => (r.lastSignInAt ? beijingTime(r.lastSignInAt) : word('never', l)),
      createdAt: (r) => beijingTime(r.createdAt),
    },
    rows: (c, input) => allPages((page, pageSize) => users.list(c, { ...input, page, pageSize })),
    filterText: { role: (c, v) => label('role', String(v), localeOf(c)) },
  };
}

export const fundProgramsView: ExportView<OpParsedInput<'exports.fundPrograms'>, FundProgramRow> = {
  name: 'fundPrograms',
  scope: 'fundPrograms',
  columns: {
    code: (r) => r.code,
    name: (r) => r.name,
    source: (r, l) => label('source', r.source, l),
    year: (r) => r.year,
    totalAllocationFen: (r) => amount(r.totalAllocationFen),
    period: (r, l) => period(r.applicationStart, r.applicationEnd, l),
    createdAt: (r) => beijingTime(r.createdAt),
  },
  rows: (ctx, input) => allPages((page, pageSize) => fundPrograms.list(ctx, { ...input, page, pageSize })),
  filterText: { source: (ctx, v) => label('source', String(v), localeOf(ctx)) },
};
