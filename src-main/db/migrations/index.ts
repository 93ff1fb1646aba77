import { migration0001 } from './0001_users_and_sessions';
import { migration0002 } from './0002_fund_programs';
import { migration0003 } from './0003_organizations';
import { migration0004 } from './0004_operation_log';
import { migration0005 } from './0005_organization_bars';
import { migration0006 } from './0006_applications';
import { migration0007 } from './0007_reviews';
import { migration0008 } from './0008_agreements';
import { migration0009 } from './0009_saved_filters';
import { migration0010 } from './0010_tranche_records';
import { migration0011 } from './0011_project_status';
import { migration0012 } from './0012_budgets_and_ledger';
import { migration0013 } from './0013_milestones_and_attachments';
import { migration0014 } from './0014_recoveries';
import { migration0015 } from './0015_matching_budget';
import { migration0016 } from './0016_pinyin_sort_keys';
import { migration0017 } from './0017_worklists';
import { migration0018 } from './0018_settings';
import { migration0019 } from './0019_supervision_draws';
import { migration0020 } from './0020_inspections';
import { migration0021 } from './0021_report_register';
import { migration0022 } from './0022_evaluations';
import { migration0023 } from './0023_organization_name_search';
import { migration0024 } from './0024_inspection_signatures';
import { migration0025 } from './0025_packs';
import { migration0026 } from './0026_ledger_totals';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration ever released, in order. Append only: never edit, reorder or remove an entry. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
  migration0019,
  migration0020,
  migration0021,
  migration0022,
  migration0023,
  migration0024,
  migration0025,
  migration0026,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
