// npm run i18n:status — per locale: missing, identical to English (likely untranslated), outdated (English
// changed since the translation was made), unrecorded. npm run i18n:stamp -- <locale>… records that the
// translations of those locales now match the current English (run it after updating a translation).
import { writeFileSync } from 'node:fs';
import { loadSite } from '../lib/load.ts';
import { LOCK_FILE, readLock, translationItems } from '../lib/translation-sources.ts';
import { stampLock, TRANSLATED, translationStatus } from '../lib/translations.ts';
import { isLocale, type Locale } from '../schema/locale.ts';

const [command = 'status', ...args] = process.argv.slice(2);
const root = process.cwd();
const { site, articles } = loadSite(root);
const items = translationItems(root, site, articles);
const lock = readLock(root);

if (command === 'stamp') {
  const locales = args.includes('--all') || !args.length ? TRANSLATED : args.filter(isLocale);
  const unknown = args.filter((a) => a !== '--all' && !isLocale(a));
  if (unknown.length) {
    console.error(`unknown locale(s): ${unknown.join(', ')}; use ${TRANSLATED.join(', ')} or --all`);
    process.exit(2);
  }
  writeFileSync(LOCK_FILE, `${JSON.stringify(stampLock(items, lock, locales as Locale[]), null, 1)}\n`);
  console.log(`recorded the current English as the source of ${locales.join(', ')} in ${LOCK_FILE}`);
} else {
  const status = translationStatus(items, lock);
  const verbose = args.includes('--verbose');
  console.log('locale  fields  missing  identical  outdated  unrecorded');
  for (const locale of TRANSLATED) {
    const s = status[locale];
    console.log(`${locale.padEnd(6)}  ${String(s.total).padStart(6)}  ${String(s.missing.length).padStart(7)}  ${String(s.identical.length).padStart(9)}  ${String(s.outdated.length).padStart(8)}  ${String(s.unrecorded.length).padStart(10)}`);
    if (verbose || s.outdated.length + s.missing.length <= 20) {
      for (const f of s.missing) console.log(`  missing    ${f.key} ${f.path}`);
      for (const f of s.outdated) console.log(`  outdated   ${f.key} ${f.path}`);
    }
    if (verbose) for (const f of s.identical) console.log(`  identical  ${f.key} ${f.path}`);
  }
  const missing = TRANSLATED.reduce((n, l) => n + status[l].missing.length, 0);
  process.exit(missing ? 1 : 0);
}
