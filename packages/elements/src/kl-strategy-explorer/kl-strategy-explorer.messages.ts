// The explorer's own texts; the shared ones are in ../shared/messages.ts.
import { localise } from '@kl-digital/core';
export const explorerMessages = localise({
  colourBy: { da: 'Farverne viser', en: 'Colours show' },
  modes: { da: { category: 'Kategori', status: 'Status', region: 'Region' }, en: { category: 'Category', status: 'Status', region: 'Region' } },
  hint: {
    da: 'Vælg en kommune på kortet eller i tabellen for at se dens strategiske dokument, periode og status.',
    en: 'Choose a municipality on the map or in the table to see its strategic document, period and status.',
  },
});
