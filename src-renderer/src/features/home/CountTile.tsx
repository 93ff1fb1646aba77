import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One count on the home page, as a link to the list of exactly those rows (the list applies the same filter
 * the count was made with). A zero stays visible and clickable: an empty queue is information too.
 */
export function CountTile({ label, count, href, hint }: { label: string; count: number; href: string; hint?: string }) {
  const { t } = useTranslation();
  return (
    <a
      className={count > 0 ? 'count-tile' : 'count-tile count-tile-zero'}
      href={href}
      aria-label={t('home.countLink', { label, count })}
    >
      <span className="count-tile-value">{count}</span>
      <span className="count-tile-label">{label}</span>
      {hint ? <span className="count-tile-hint">{hint}</span> : null}
    </a>
  );
}

/** A role's part of the home page: a heading and its content. */
export function HomeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="home-section" aria-labelledby={`home-${id}`}>
      <h2 id={`home-${id}`} className="home-section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function CountRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="count-row" role="list" aria-label={label}>
      {children}
    </div>
  );
}
