import { migration0001 } from './0001_users_and_sessions';
import { migration0002 } from './0002_fund_programs';
import { migration0003 } from './0003_organizations';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration ever released, in order. Append only: never edit, reorder or remove an entry. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
