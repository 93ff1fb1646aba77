import { describe, expect, it } from 'vitest';
import { HOME, parseHash, routeHash, type Route } from './router';

describe('hash routes', () => {
  it('parses every screen', () => {
    expect(parseHash('')).toEqual(HOME);
    expect(parseHash('#/')).toEqual(HOME);
    expect(parseHash('#/fund-programs')).toEqual({ name: 'list', area: 'fundPrograms' });
    expect(parseHash('#/organizations/new')).toEqual({ name: 'new', area: 'organizations' });
    expect(parseHash('#/organizations/12')).toEqual({ name: 'detail', area: 'organizations', id: 12 });
    expect(parseHash('#/fund-programs/7/edit')).toEqual({ name: 'edit', area: 'fundPrograms', id: 7 });
    expect(parseHash('#/users')).toEqual({ name: 'users' });
    expect(parseHash('#/settings/')).toEqual({ name: 'settings' });
    expect(parseHash('#/applications/5')).toEqual({ name: 'detail', area: 'applications', id: 5 });
    expect(parseHash('#/reviews')).toEqual({ name: 'reviews' });
    expect(parseHash('#/reviews/9')).toEqual({ name: 'review', id: 9 });
    expect(parseHash('#/finance')).toEqual({ name: 'finance' });
    expect(parseHash('#/log')).toEqual({ name: 'log' });
    expect(parseHash('#/projects')).toEqual({ name: 'projects' });
    expect(parseHash('#/periods')).toEqual({ name: 'periods' });
    expect(parseHash('#/projects/7')).toEqual({ name: 'project', id: 7 });
    expect(parseHash('#/projects/7/tranches')).toEqual({ name: 'project', id: 7, tab: 'tranches' });
    expect(parseHash('#/indicator-systems?fundProgramId=3')).toEqual({ name: 'indicatorSystems' });
    expect(routeHash({ name: 'indicatorSystems' })).toBe('#/indicator-systems');
    expect(parseHash('#/indicator-systems/3')).toEqual({ name: 'notFound', path: '/indicator-systems/3' });
  });

  it('sends anything else to not-found instead of guessing', () => {
    for (const bad of [
      '#/organizations/0',
      '#/organizations/-1',
      '#/organizations/1e3',
      '#/organizations/12/delete',
      '#/users/1',
      '#/reviews/0',
      '#/reviews/3/edit',
      '#/log/2',
      '#/projects/0',
      '#/periods/2025',
      '#/projects/7/nope',
      '#/projects/7/tranches/1',
      '#/nope',
      '#/organizations/99999999999999999',
    ])
      expect(parseHash(bad).name).toBe('notFound');
  });

  it('round-trips', () => {
    const routes: Route[] = [
      { name: 'list', area: 'organizations' },
      { name: 'new', area: 'fundPrograms' },
      { name: 'detail', area: 'fundPrograms', id: 3 },
      { name: 'edit', area: 'organizations', id: 44 },
      { name: 'users' },
      { name: 'settings' },
      { name: 'list', area: 'applications' },
      { name: 'edit', area: 'applications', id: 8 },
      { name: 'reviews' },
      { name: 'review', id: 21 },
      { name: 'finance' },
      { name: 'log' },
      { name: 'projects' },
      { name: 'periods' },
      { name: 'project', id: 5 },
      { name: 'project', id: 5, tab: 'ledger' },
    ];
    for (const r of routes) expect(parseHash(routeHash(r))).toEqual(r);
  });
});

describe('home and links to filtered lists', () => {
  it('opens at the home page, and reads a link query as the route before it', () => {
    expect(HOME).toEqual({ name: 'home' });
    expect(parseHash('#/home')).toEqual({ name: 'home' });
    expect(parseHash('#/milestones?overdue=true')).toEqual({ name: 'milestones' });
    expect(parseHash('#/finance?tab=notice_ended')).toEqual({ name: 'finance' });
    expect(parseHash('#/applications?state=draft')).toEqual({ name: 'list', area: 'applications' });
    expect(parseHash('#/applications/5?x=1')).toEqual({ name: 'detail', area: 'applications', id: 5 });
    expect(routeHash({ name: 'milestones' })).toBe('#/milestones');
    expect(parseHash('#/home/1').name).toBe('notFound');
  });
});
