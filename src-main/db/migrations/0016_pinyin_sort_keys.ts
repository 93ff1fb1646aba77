import { pinyinSortKey } from '../../core/pinyin-key';
import type { Db } from '../statements';
import type { Migration } from './types';

/**
 * Chinese names sort in pinyin order (重庆 under C), in SQL so paging stays in SQL: each name gets a sort key
 * column written by its repository on insert and update, and backfilled here. The key function is core's
 * pinyinSortKey, which is kept stable (its test pins the readings); if it ever changes, a new migration must
 * rewrite every key, since this one has run already on every existing file.
 */
export const migration0016: Migration = {
  version: 16,
  name: 'pinyin_sort_keys',
  up(db) {
    // Payees repeat across many ledger lines: each distinct name is read once.
    const seen = new Map<string, string>();
    db.function('pinyin_sort_key_0016', { deterministic: true }, (name: unknown) => {
      const text = typeof name === 'string' ? name : '';
      let key = seen.get(text);
      if (key === undefined) {
        key = pinyinSortKey(text);
        seen.set(text, key);
      }
      return key;
    });
    db.exec(`
      ALTER TABLE organizations ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE applications ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE fund_programs ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE users ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
      ALTER TABLE ledger_lines ADD COLUMN payee_key TEXT NOT NULL DEFAULT '';

      UPDATE organizations SET name_key = pinyin_sort_key_0016(name);
      UPDATE applications SET name_key = pinyin_sort_key_0016(name);
      UPDATE fund_programs SET name_key = pinyin_sort_key_0016(name);
      UPDATE users SET name_key = pinyin_sort_key_0016(display_name);

      CREATE INDEX organizations_by_name_key ON organizations (name_key);
      CREATE INDEX applications_by_name_key ON applications (name_key);
      CREATE INDEX fund_programs_by_name_key ON fund_programs (name_key);
      CREATE INDEX users_by_name_key ON users (name_key);
    `);
    backfillPayeeKeys(db);
    // A project's ledger sorted by payee is an index walk, as it was by the payee itself.
    db.exec('CREATE INDEX ledger_lines_by_payee_key ON ledger_lines (agreement_id, payee_key, id)');
  },
};

/**
 * Ledger lines are posted and never change, which a trigger enforces; the key is not part of what was
 * posted, so the trigger is lifted for this one statement and put back exactly as the file had it, inside the
 * migration's transaction.
 */
function backfillPayeeKeys(db: Db): void {
  const trigger = db
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = 'ledger_lines_no_update'")
    .pluck()
    .get() as string | undefined;
  if (trigger !== undefined) db.exec('DROP TRIGGER ledger_lines_no_update');
  db.exec('UPDATE ledger_lines SET payee_key = pinyin_sort_key_0016(payee)');
  if (trigger !== undefined) db.exec(trigger);
}
