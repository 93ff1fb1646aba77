import type { OpParsedInput, OrganizationView } from '../contract/index';
import { pinyinSortKey } from '../core/pinyin-key';
import { limitOffset, orderBy, Where, type ListResult } from './list-sql';
import { codePrefix, nameContains } from './name-search';
import { prepared, type Db } from './statements';

type OrgListQuery = OpParsedInput<'organizations.list'>;

export type OrganizationFields = Omit<OrganizationView, 'id' | 'createdAt' | 'updatedAt'>;

const COLUMNS = `id, name, credit_code, kind, registration, district_code, legal_representative, contact_person,
  phone, founded_date, rating, created_at, updated_at`;

const SORT_COLUMNS: Record<OrgListQuery['sort'][number]['id'], string> = {
  name: 'name_key',
  creditCode: 'credit_code',
  kind: 'kind',
  registration: 'registration',
  districtCode: 'district_code',
  rating: 'rating',
  foundedDate: 'founded_date',
  createdAt: 'created_at',
};

function toView(r: Record<string, unknown>): OrganizationView {
  return {
    id: r.id as number,
    name: r.name as string,
    creditCode: (r.credit_code as string | null) ?? null,
    kind: r.kind as OrganizationView['kind'],
    registration: r.registration as OrganizationView['registration'],
    districtCode: r.district_code as string,
    legalRepresentative: r.legal_representative as string,
    contactPerson: r.contact_person as string,
    phone: r.phone as string,
    foundedDate: (r.founded_date as string | null) ?? null,
    rating: (r.rating as OrganizationView['rating']) ?? null,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

export function getOrganization(db: Db, id: number): OrganizationView | undefined {
  const r = prepared(db, `SELECT ${COLUMNS} FROM organizations WHERE id = ?`).get(id) as
    Record<string, unknown> | undefined;
  return r && toView(r);
}

/** Credit codes are stored normalised (the contract normalises them), so equality is exact. */
export function findOrganizationByCreditCode(db: Db, creditCode: string): { id: number; name: string } | undefined {
  return prepared(db, 'SELECT id, name FROM organizations WHERE credit_code = ?').get(creditCode) as
    { id: number; name: string } | undefined;
}

export function insertOrganization(
  db: Db,
  o: OrganizationFields,
  meta: { now: string; createdBy: number | null },
): number {
  const { lastInsertRowid } = prepared(
    db,
    `INSERT INTO organizations (name, credit_code, kind, registration, district_code, legal_representative,
       contact_person, phone, founded_date, rating, created_at, updated_at, created_by, name_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    o.name,
    o.creditCode,
    o.kind,
    o.registration,
    o.districtCode,
    o.legalRepresentative,
    o.contactPerson,
    o.phone,
    o.foundedDate,
    o.rating,
    meta.now,
    meta.now,
    meta.createdBy,
    pinyinSortKey(o.name),
  );
  return Number(lastInsertRowid);
}

export function updateOrganization(db: Db, id: number, o: OrganizationFields, now: string): boolean {
  const { changes } = prepared(
    db,
    `UPDATE organizations SET name = ?, credit_code = ?, kind = ?, registration = ?, district_code = ?,
       legal_representative = ?, contact_person = ?, phone = ?, founded_date = ?, rating = ?, updated_at = ?,
       name_key = ?
     WHERE id = ?`,
  ).run(
    o.name,
    o.creditCode,
    o.kind,
    o.registration,
    o.districtCode,
    o.legalRepresentative,
    o.contactPerson,
    o.phone,
    o.foundedDate,
    o.rating,
    now,
    pinyinSortKey(o.name),
    id,
  );
  return changes > 0;
}

export function countOrganizations(db: Db): number {
  return prepared(db, 'SELECT COUNT(*) FROM organizations').pluck().get() as number;
}

/**
 * Search matches anywhere in the name (names all start with a place, so a prefix search would be useless)
 * or the start of the credit code (people type codes from the left). Both go through an index: the names' trigram
 * index (see name-search.ts) and the credit code's unique index.
 */
export function listOrganizations(db: Db, q: OrgListQuery): ListResult<OrganizationView> {
  const where = new Where();
  if (q.search) {
    const name = nameContains('organizations_name_search', 'name', q.search);
    const code = codePrefix('credit_code', q.search);
    where.add(`${name.sql} OR ${code.sql}`, ...name.params, ...code.params);
  }
  const f = q.filters;
  if (f.kind !== undefined) where.add('kind = ?', f.kind);
  if (f.registration !== undefined) where.add('registration = ?', f.registration);
  if (f.districtCode !== undefined) where.add('district_code = ?', f.districtCode);
  if (f.rating !== undefined) where.add('rating = ?', f.rating);
  const order = orderBy(q.sort, SORT_COLUMNS, 'id', 'id DESC');
  const rows = prepared(db, `SELECT ${COLUMNS} FROM organizations ${where.sql()} ${order} LIMIT ? OFFSET ?`).all(
    ...where.params,
    ...limitOffset(q),
  ) as Record<string, unknown>[];
  const total = prepared(db, `SELECT COUNT(*) FROM organizations ${where.sql()}`)
    .pluck()
    .get(...where.params) as number;
  return { rows: rows.map(toView), total };
}
