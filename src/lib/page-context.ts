import type { Locale } from '../schema/locale.ts';
import type { RegionId } from '../schema/region.ts';
import { pick, useTranslations } from './i18n.ts';
import { site } from './load.ts';
import type { RenderContext } from './render.ts';
import { REGION_IDS } from '../schema/region.ts';

/** The render context of a page: its locale and the regions it is documented for. */
export function renderContext(locale: Locale, documented: readonly RegionId[] = REGION_IDS): RenderContext {
  const t = useTranslations(locale);
  const { regions } = site().site;
  const name = (id: RegionId) => pick(regions.regions.find((r) => r.id === id)!.name, locale);
  return { regions, documented, missing: (region) => t('region.valueMissing', { region: name(region) }) };
}
