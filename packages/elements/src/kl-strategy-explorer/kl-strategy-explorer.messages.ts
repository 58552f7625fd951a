// The explorer's own texts; the shared ones are in ../shared/messages.ts.
export const explorerMessages = {
  da: {
    colourBy: 'Farverne viser',
    modes: { category: 'Kategori', status: 'Status', region: 'Region' },
    hint: 'Vælg en kommune på kortet eller i tabellen for at se dens strategiske dokument, periode og status.',
  },
  en: {
    colourBy: 'Colours show',
    modes: { category: 'Category', status: 'Status', region: 'Region' },
    hint: 'Choose a municipality on the map or in the table to see its strategic document, period and status.',
  },
} as const;
