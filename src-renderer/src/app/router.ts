import { useSyncExternalStore } from 'react';

/**
 * A tiny hash router: the app has a handful of screens, and hash URLs work the same from file:// in Electron
 * and from the browser host, with no server-side fallback routes.
 */
export type Area = 'fundPrograms' | 'organizations' | 'applications';
/** Screens without an id, each at #/<segment>. */
export type PlainScreen =
  | 'users'
  | 'settings'
  | 'reviews'
  | 'finance'
  | 'log'
  | 'projects'
  | 'periods'
  /** Each role's worklists and counts; where the app opens. */
  | 'home'
  /** Unfinished milestones across projects. */
  | 'milestones'
  /** 随机抽查: draws and their verification from the seed. */
  | 'draws'
  /** 监督检查: inspections and the rectification board. */
  | 'supervision'
  /** Evaluations (监督检查 · 评估): mid-term and final evaluations of projects. */
  | 'evaluations'
  /** 检查包: field packs exported, and their results imported. */
  | 'packs';
/** The tabs of a project's finance page (#/projects/:applicationId/:tab). */
export const PROJECT_TABS = [
  'budget',
  'tranches',
  'ledger',
  'milestones',
  'closeout',
  'inspections',
  'evaluations',
] as const;
export type ProjectTab = (typeof PROJECT_TABS)[number];
export type Route =
  | { name: 'list'; area: Area }
  | { name: 'new'; area: Area }
  | { name: 'detail'; area: Area; id: number }
  | { name: 'edit'; area: Area; id: number }
  | { name: PlainScreen }
  /** The review workspace for one application (declaration, then scoring). */
  | { name: 'review'; id: number }
  /** A project's finance page, by its application's id; no tab means the page's default tab. */
  | { name: 'project'; id: number; tab?: ProjectTab }
  /** One inspection: its checklist, findings and sign-off. */
  | { name: 'inspection'; id: number }
  | { name: 'notFound'; path: string }
  /** One evaluation: declaration, scoring with the evidence beside it, result. */
  | { name: 'evaluation'; id: number }
  /** 核对报告: a report checked by its printed number or its PDF. */
  | { name: 'reportVerify' }
  /** 评估指标体系: a fund program's indicator tree and grade thresholds (#/indicator-systems?fundProgramId=3). */
  | { name: 'indicatorSystems' }
  /** On a field database: one of the pack's inspections, recorded in the field (#/packs/:inspectionId). */
  | { name: 'fieldInspection'; id: number };

const AREA_SEGMENTS: Record<string, Area> = {
  'fund-programs': 'fundPrograms',
  organizations: 'organizations',
  applications: 'applications',
};
const SEGMENT_OF: Record<Area, string> = {
  fundPrograms: 'fund-programs',
  organizations: 'organizations',
  applications: 'applications',
};
const PLAIN_SCREENS: readonly PlainScreen[] = [
  'users',
  'settings',
  'reviews',
  'finance',
  'log',
  'projects',
  'periods',
  'home',
  'milestones',
  'draws',
  'supervision',
  'evaluations',
  'packs',
];

function isPlainScreen(s: string | undefined): s is PlainScreen {
  return (PLAIN_SCREENS as readonly (string | undefined)[]).includes(s);
}

export const HOME: Route = { name: 'home' };

function parseId(s: string | undefined): number | null {
  if (!s || !/^[1-9]\d{0,15}$/.test(s)) return null;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : null;
}

export function parseHash(hash: string): Route {
  // A query (#/finance?tab=…) carries a list's filters from a link; the route is the path before it.
  const path = hash
    .replace(/^#/, '')
    .replace(/\?.*$/, '')
    .replace(/^\/+|\/+$/g, '');
  if (path === '') return HOME;
  const [first, second, third, ...rest] = path.split('/');
  if (isPlainScreen(first) && second === undefined) return { name: first };
  if (first === 'reviews' && third === undefined) {
    const id = parseId(second);
    if (id !== null) return { name: 'review', id };
  }
  if (first === 'inspections' && third === undefined) {
    const id = parseId(second);
    if (id !== null) return { name: 'inspection', id };
  }
  if (first === 'evaluations' && third === undefined) {
    const id = parseId(second);
    if (id !== null) return { name: 'evaluation', id };
  }
  if (first === 'projects' && rest.length === 0) {
    const id = parseId(second);
    if (id !== null && third === undefined) return { name: 'project', id };
    const tab = PROJECT_TABS.find((x) => x === third);
    if (id !== null && tab) return { name: 'project', id, tab };
  }
  if (first === 'reports' && second === 'verify' && third === undefined) return { name: 'reportVerify' };
  if (first === 'indicator-systems' && second === undefined) return { name: 'indicatorSystems' };
  if (first === 'packs' && third === undefined) {
    const id = parseId(second);
    if (id !== null) return { name: 'fieldInspection', id };
  }
  const area = first === undefined ? undefined : AREA_SEGMENTS[first];
  if (area && rest.length === 0) {
    if (second === undefined) return { name: 'list', area };
    if (second === 'new' && third === undefined) return { name: 'new', area };
    const id = parseId(second);
    if (id !== null && third === undefined) return { name: 'detail', area, id };
    if (id !== null && third === 'edit') return { name: 'edit', area, id };
  }
  return { name: 'notFound', path: `/${path}` };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'list':
      return `#/${SEGMENT_OF[route.area]}`;
    case 'new':
      return `#/${SEGMENT_OF[route.area]}/new`;
    case 'detail':
      return `#/${SEGMENT_OF[route.area]}/${route.id}`;
    case 'edit':
      return `#/${SEGMENT_OF[route.area]}/${route.id}/edit`;
    case 'users':
    case 'settings':
    case 'reviews':
    case 'finance':
    case 'log':
    case 'projects':
    case 'periods':
    case 'home':
    case 'milestones':
    case 'draws':
    case 'supervision':
      return `#/${route.name}`;
    case 'inspection':
      return `#/inspections/${route.id}`;
    case 'evaluations':
    case 'packs':
      return `#/${route.name}`;
    case 'evaluation':
      return `#/evaluations/${route.id}`;
    case 'fieldInspection':
      return `#/packs/${route.id}`;
    case 'project':
      return route.tab ? `#/projects/${route.id}/${route.tab}` : `#/projects/${route.id}`;
    case 'review':
      return `#/reviews/${route.id}`;
    case 'notFound':
      return `#${route.path}`;
    case 'reportVerify':
      return '#/reports/verify';
    case 'indicatorSystems':
      return '#/indicator-systems';
  }
}

export function navigate(route: Route): void {
  const hash = routeHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, snapshot, () => '');
  return parseHash(hash);
}
