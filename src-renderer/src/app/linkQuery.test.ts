import { describe, expect, it } from 'vitest';
import { linkHref, linkValue } from './linkQuery';
import { parseHash } from './router';

describe('links to filtered lists', () => {
  it('carries the filters after the route, which still parses as the list', () => {
    const href = linkHref({ name: 'list', area: 'applications' }, { state: 'draft' });
    expect(href).toBe('#/applications?state=draft');
    expect(parseHash(href)).toEqual({ name: 'list', area: 'applications' });
    expect(linkHref({ name: 'finance' }, {})).toBe('#/finance');
  });

  it('reads only well-formed values back', () => {
    const q = new URLSearchParams('overdue=true&pending=false&tab=tranches&bad=yes');
    expect(linkValue.bool(q, 'overdue')).toBe(true);
    expect(linkValue.bool(q, 'pending')).toBe(false);
    expect(linkValue.bool(q, 'bad')).toBeUndefined();
    expect(linkValue.oneOf(q, 'tab', ['tranches', 'advances'] as const)).toBe('tranches');
    expect(linkValue.oneOf(q, 'bad', ['tranches'] as const)).toBeUndefined();
  });
});
