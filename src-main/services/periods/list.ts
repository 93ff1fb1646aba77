import { hasPermission, ruleMessage, type Locale, type PeriodsView } from '../../contract/index';
import type { Violation } from '../../core/violations';
import { shanghaiDate } from '../../core/calendar';
import { checkPeriodLock, type PeriodLockFacts } from '../../core/close-out';
import {
  listPeriodLocks,
  pendingEntries,
  postedYears,
  type PeriodLockRow,
  type PendingRow,
} from '../../db/closeout-repo';
import type { ServiceContext } from '../context';

/** Everything the lock rules read, once per call. */
export interface PeriodState {
  today: string;
  locks: PeriodLockRow[];
  pending: PendingRow[];
  facts: PeriodLockFacts;
}

export function loadPeriods(ctx: ServiceContext): PeriodState {
  const today = shanghaiDate(ctx.now);
  const locks = listPeriodLocks(ctx.db);
  const pending = pendingEntries(ctx.db);
  return { today, locks, pending, facts: { today, lockedYears: locks.map((l) => l.year), pending } };
}

/**
 * 'period.unposted' names the kinds of what is pending as core's keys ('tranche'); each language names them
 * ('待确认的拨付'), here because the catalogue of enum labels is not ours to extend.
 */
export function presentPeriodViolations(violations: readonly Violation[], locale: Locale): Violation[] {
  const separator = locale === 'zh' ? '、' : ', ';
  return violations.map((v) =>
    v.rule === 'period.unposted'
      ? {
          rule: v.rule,
          params: {
            ...v.params,
            kinds: String(v.params.kinds)
              .split('、')
              .map((k) => ruleMessage(`period.pendingKind.${k}`, locale))
              .join(separator),
          },
        }
      : v,
  );
}

export function periodsView(ctx: ServiceContext, s: PeriodState): PeriodsView {
  const locale = ctx.locale ?? 'zh';
  const years = new Set<number>(postedYears(ctx.db));
  for (const l of s.locks) years.add(l.year);
  for (const p of s.pending) years.add(Number(p.date.slice(0, 4)));
  const mayLockAsCaller = !!ctx.user && hasPermission(ctx.user.roles, 'periods.lock');
  return {
    today: s.today,
    years: [...years]
      .filter((y) => Number.isInteger(y) && y >= 1000 && y <= 9999)
      .sort((a, b) => b - a)
      .map((year) => {
        const lock = s.locks.find((l) => l.year === year);
        const blockers = presentPeriodViolations(checkPeriodLock(year, s.facts), locale);
        const mayLock = blockers.length === 0;
        return {
          year,
          locked: lock ? { note: lock.note, by: lock.by, at: lock.at } : null,
          pending: s.pending.filter((p) => p.date.startsWith(`${year}-`)),
          blockers: blockers.map((b) => ({ rule: b.rule, message: ruleMessage(b.rule, locale, b.params) })),
          mayLock,
          availableActions: mayLock && mayLockAsCaller ? ['lock' as const] : [],
        };
      }),
  };
}

/** Every fiscal year with posted money, pending entries or a lock, with what keeps each from being locked. */
export function list(ctx: ServiceContext): PeriodsView {
  return periodsView(ctx, loadPeriods(ctx));
}
