// The texts of the downloaded picture besides the map's own (its title and legend): loaded with
// the download code, not with the map.
import { formatList, localise } from '@kl-digital/core';

export const pictureMessages = localise({
  fileName: { da: 'kort-kommunernes-digitale-strategier', en: 'map-municipalities-digital-strategies' },
  fileAsOf: { da: (date: string) => `Status opgjort pr. ${date}.`, en: (date: string) => `Status as of ${date}.` },
  fileFilter: {
    da: (values: string[]) => (values.length ? `Filter: kun ${formatList(values, 'da', 'conjunction')}.` : 'Filter: intet (alle kommuner vist).'),
    en: (values: string[]) => (values.length ? `Filter: only ${formatList(values, 'en', 'conjunction')}.` : 'Filter: none (every municipality shown).'),
  },
});
