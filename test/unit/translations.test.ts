import { describe, expect, it } from 'vitest';
import { hashText, outdatedFields, stampLock, translationStatus, type TranslationItem } from '../../src/lib/translations.ts';

const item = (en: string, de: string, ja = '翻訳済みのテキストです'): TranslationItem => ({
  key: 'runbook:x',
  fields: [{ path: 'title', text: { en, de, zh: '已翻译的文本', ko: '번역된 텍스트입니다', fr: 'Un texte traduit ici', ja } }],
});

describe('translation status', () => {
  it('finds nothing wrong right after stamping', () => {
    const items = [item('Check the DNS server now', 'Prüfen Sie jetzt den DNS-Server')];
    const status = translationStatus(items, stampLock(items, {}, ['de', 'zh', 'ko', 'fr', 'ja']));
    for (const locale of ['de', 'zh', 'ko', 'fr', 'ja'] as const) {
      expect(status[locale]).toMatchObject({ missing: [], outdated: [], identical: [], unrecorded: [], total: 1 });
    }
  });

  it('reports a translation outdated when the English changes, until that locale is stamped again', () => {
    const before = [item('Check the DNS server now', 'Prüfen Sie jetzt den DNS-Server')];
    const lock = stampLock(before, {}, ['de', 'ja']);
    const after = [item('Check the configured DNS server now', 'Prüfen Sie jetzt den DNS-Server')];
    expect(translationStatus(after, lock).de.outdated).toEqual([{ key: 'runbook:x', path: 'title' }]);
    expect(outdatedFields(after[0]!, lock, 'de')).toEqual(['title']);
    expect(outdatedFields(after[0]!, lock, 'en')).toEqual([]);
    const restamped = stampLock(after, lock, ['de']);
    expect(translationStatus(after, restamped).de.outdated).toEqual([]);
    expect(translationStatus(after, restamped).ja.outdated).toHaveLength(1);
    expect(translationStatus(after, restamped).zh.unrecorded).toHaveLength(1);
  });

  it('reports missing and identical-to-English translations', () => {
    const status = translationStatus([item('Check the DNS server now', '', 'Check the DNS server now')], {});
    expect(status.de.missing).toHaveLength(1);
    expect(status.ja.identical).toHaveLength(1);
    // A name or a command is allowed to stay the same.
    expect(translationStatus([item('`show network`', '`show network`')], {}).de.identical).toEqual([]);
  });

  it('hashes stably', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toMatch(/^[0-9a-f]{8}$/);
  });
});
