import type { Locale } from '../contract/index';

/**
 * The business key an auditor knows a log entry's object by — 渝民发〔2016〕2号 for a project, SB-2016-0124 for an
 * application, "渝民发〔2016〕2号 凭证号 2016-0007" for a ledger line, a user's name — derived in SQL from the
 * object's current row rather than stored, so the hashed log stays exactly as written and an application's
 * early entries are found by the approval number it received later. Everything about a project leads with its
 * approval number, so searching that number finds all of them. Objects without such a key give NULL.
 *
 * Only fixed words of the language are written into the SQL (never user text), so each language is one
 * cached statement. `l` is the operation_log row.
 */
const WORDS: Record<
  Locale,
  { voucher: string; tranche: [string, string]; version: [string, string]; year: [string, string] }
> = {
  zh: { voucher: '凭证号 ', tranche: ['第', '期'], version: ['第', '版'], year: ['', ' 年度'] },
  en: { voucher: 'voucher ', tranche: ['tranche ', ''], version: ['version ', ''], year: ['FY ', ''] },
};

const ID = 'CAST(l.entity_id AS INTEGER)';
const APPROVAL = '(SELECT agreement_number FROM agreements WHERE id = ';

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

export function entityKeySql(locale: Locale): string {
  const w = WORDS[locale];
  const byAgreement = `${APPROVAL}${ID})`;
  const cases: Record<string, string> = {
    application: `(SELECT a.code || ifnull(' ' || g.agreement_number, '') FROM applications a
      LEFT JOIN agreements g ON g.application_id = a.id WHERE a.id = ${ID})`,
    agreement: byAgreement,
    ledger: byAgreement,
    closeOut: byAgreement,
    ledgerLine: `(SELECT g.agreement_number || ' ' || ${quote(w.voucher)} || x.voucher_no FROM ledger_lines x
      JOIN agreements g ON g.id = x.agreement_id WHERE x.id = ${ID})`,
    tranche: `(SELECT g.agreement_number || ' ' || ${quote(w.tranche[0])} || t.seq || ${quote(w.tranche[1])}
      FROM agreement_tranches t JOIN agreements g ON g.id = t.agreement_id WHERE t.id = ${ID})`,
    budgetAdjustment: `(SELECT g.agreement_number FROM budget_adjustments b JOIN agreements g ON g.id = b.agreement_id
      WHERE b.id = ${ID})`,
    budgetVersion: `(SELECT g.agreement_number || ' ' || ${quote(w.version[0])} || v.version || ${quote(w.version[1])}
      FROM budget_versions v JOIN agreements g ON g.id = v.agreement_id WHERE v.id = ${ID})`,
    milestone: `(SELECT g.agreement_number || ' ' || m.name FROM milestones m JOIN agreements g ON g.id = m.agreement_id
      WHERE m.id = ${ID})`,
    recovery: `(SELECT g.agreement_number || ' ' || r.voucher_no FROM recoveries r JOIN agreements g ON g.id = r.agreement_id
      WHERE r.id = ${ID})`,
    indicatorReading: `(SELECT ifnull(g.agreement_number, a.code) || ' ' || i.name FROM indicator_readings r
      JOIN application_indicators i ON i.id = r.indicator_id JOIN applications a ON a.id = i.application_id
      LEFT JOIN agreements g ON g.application_id = a.id WHERE r.id = ${ID})`,
    attachment: `(SELECT ifnull(g.agreement_number, a.code) || ' ' || t.file_name FROM attachments t
      JOIN applications a ON a.id = t.application_id LEFT JOIN agreements g ON g.application_id = a.id
      WHERE t.id = ${ID})`,
    user: `(SELECT display_name || ' (' || username || ')' FROM users WHERE id = ${ID})`,
    organization: `(SELECT name FROM organizations WHERE id = ${ID})`,
    organizationBar: `(SELECT o.name FROM organization_bars b JOIN organizations o ON o.id = b.organization_id
      WHERE b.id = ${ID})`,
    fundProgram: `(SELECT code || ' ' || name FROM fund_programs WHERE id = ${ID})`,
    savedFilter: `(SELECT name FROM saved_filters WHERE id = ${ID})`,
    fiscalPeriod: `${quote(w.year[0])} || l.entity_id || ${quote(w.year[1])}`,
    supervisionDraw: `(SELECT draw_number FROM supervision_draws WHERE id = ${ID})`,
    report: `(SELECT report_no FROM report_register WHERE id = ${ID})`,
    inspection: `(SELECT g.agreement_number || ' ' || i.date FROM inspections i
      JOIN agreements g ON g.application_id = i.application_id WHERE i.id = ${ID})`,
    inspectionAddendum: `(SELECT g.agreement_number || ' ' || i.date FROM inspection_addenda d
      JOIN inspections i ON i.id = d.inspection_id JOIN agreements g ON g.application_id = i.application_id
      WHERE d.id = ${ID})`,
    finding: `(SELECT g.agreement_number || ' ' || f.description FROM findings f JOIN inspections i ON i.id = f.inspection_id
      JOIN agreements g ON g.application_id = i.application_id WHERE f.id = ${ID})`,
    rectification: `(SELECT g.agreement_number || ' ' || f.description FROM rectifications r
      JOIN findings f ON f.id = r.finding_id JOIN agreements g ON g.application_id = r.application_id
      WHERE r.id = ${ID})`,
  };
  const whens = Object.entries(cases).map(([type, sql]) => `WHEN ${quote(type)} THEN ${sql}`);
  return `(CASE l.entity_type ${whens.join(' ')} END)`;
}
