import type { FundSource, RuleSet } from '../../contract/index';
import { findFundProgramByCode } from '../../db/fund-programs-repo';
import { findOrganizationByCreditCode } from '../../db/organizations-repo';
import type { ServiceContext } from '../context';
import { loadOrganization, loadProgram } from './load';

/**
 * Look-ups an import needs to turn a spreadsheet row into `applications.create` input: organizations by
 * credit code, programs by code (case-insensitive, as stored), and the program's classes and categories.
 */
export interface ProgramForImport {
  id: number;
  code: string;
  year: number;
  source: FundSource;
  ruleSet: RuleSet;
}

export function findProgramByCode(ctx: ServiceContext, code: string): ProgramForImport | null {
  const hit = findFundProgramByCode(ctx.db, code.trim());
  if (!hit) return null;
  const p = loadProgram(ctx, hit.id);
  return { id: p.id, code: p.code, year: p.year, source: p.source, ruleSet: p.ruleSet };
}

export interface OrganizationForImport {
  id: number;
  name: string;
  districtCode: string;
  registration: 'registered' | 'filed';
}

/** The code must be normalised already (normalizeCreditCode from the contract). */
export function findOrganizationByCode(ctx: ServiceContext, creditCode: string): OrganizationForImport | null {
  const hit = findOrganizationByCreditCode(ctx.db, creditCode);
  if (!hit) return null;
  const o = loadOrganization(ctx, hit.id);
  return { id: o.id, name: o.name, districtCode: o.districtCode, registration: o.registration };
}

/**
 * A class as a spreadsheet may write it: the code ("B") or the name ("承接社会服务试点项目"), or "B类".
 * Returns the code, or null when the program has no such class.
 */
export function resolveClassCode(ruleSet: RuleSet, text: string): string | null {
  const t = text.trim().replace(/类$/, '');
  const hit = ruleSet.classCaps.find((c) => c.code.toUpperCase() === t.toUpperCase() || c.name === text.trim());
  return hit ? hit.code : null;
}
