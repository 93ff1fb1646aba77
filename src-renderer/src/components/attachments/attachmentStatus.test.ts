import { ATTACHMENT_MAX_BYTES } from '@contract';
import { describe, expect, it } from 'vitest';
import { intactContent, LABEL_COLORS, shortHash, shownStatus, statusLabel, uploadRefusal } from './attachmentStatus';

describe('shownStatus', () => {
  it('lets the hash check of an open win over the list', () => {
    expect(shownStatus({ status: 'ok', check: 'size' }, 'altered')).toEqual({ status: 'altered', check: 'hash' });
    expect(shownStatus({ status: 'missing', check: 'size' }, 'ok')).toEqual({ status: 'ok', check: 'hash' });
  });

  it('keeps the list status until the file is opened, and claims nothing without one', () => {
    expect(shownStatus({ status: 'ok', check: 'size' }, null)).toEqual({ status: 'ok', check: 'size' });
    expect(shownStatus(null, null)).toBeNull();
  });

  it('calls a file 完好 only after its hash was checked, and never colours a broken one as fine', () => {
    expect(statusLabel({ status: 'ok', check: 'hash' })).toBe('ok');
    expect(statusLabel({ status: 'ok', check: 'size' })).toBe('present');
    expect(statusLabel({ status: 'missing', check: 'size' })).toBe('missing');
    expect(statusLabel({ status: 'altered', check: 'size' })).toBe('altered');
    expect(statusLabel({ status: 'altered', check: 'hash' })).toBe('altered');
    expect(LABEL_COLORS.ok).toBe('success');
    expect(LABEL_COLORS.present).not.toBe('success');
    expect(LABEL_COLORS.missing).toBe('error');
    expect(LABEL_COLORS.altered).toBe('error');
  });
});

describe('intactContent', () => {
  it('hands out content only for an intact file', () => {
    expect(intactContent({ status: 'ok', contentBase64: 'aGk=' })).toBe('aGk=');
    expect(intactContent({ status: 'altered', contentBase64: 'aGk=' })).toBeNull();
    expect(intactContent({ status: 'missing', contentBase64: null })).toBeNull();
    expect(intactContent({ status: 'ok', contentBase64: null })).toBeNull();
  });
});

describe('uploadRefusal', () => {
  it('refuses an empty file and one over the limit, as main words it', () => {
    expect(uploadRefusal(0)).toEqual({ rule: 'attachment.empty' });
    expect(uploadRefusal(1)).toBeNull();
    expect(uploadRefusal(ATTACHMENT_MAX_BYTES)).toBeNull();
    expect(uploadRefusal(ATTACHMENT_MAX_BYTES + 1)).toEqual({ rule: 'attachment.tooLarge', size: '20.01', max: '20' });
  });
});

describe('shortHash', () => {
  it('keeps both ends of a SHA-256', () => {
    const h = 'a'.repeat(8) + 'b'.repeat(48) + 'c'.repeat(8);
    expect(shortHash(h)).toBe('aaaaaaaa…cccccccc');
    expect(shortHash('abc')).toBe('abc');
  });
});
