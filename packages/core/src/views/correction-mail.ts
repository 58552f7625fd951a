// "Foreslå en rettelse": the mapping asks municipalities to send updates and corrections to its
// contact (`mapping.contact`, from the seed). A `mailto:` address to that contact with a subject
// and a body already written: the municipality, its entry as the mapping has it, and blank lines
// for what should change. The reader's own mail program sends it, or not; nothing is sent here.
import { entryFor, municipalityByCode } from '../lookup/municipality-index.js';
import type { Dataset } from '../model/dataset.js';
import type { Lang } from '../model/lang.js';
import type { ListedEntry } from '../model/entry-columns.js';
import type { Mapping } from '../model/mapping.js';
import { isFromText } from '../model/strategy-entry.js';
import { localise } from '../text/localise.js';
import { basisLabel, LABELS, periodText, sourceText } from './labels.js';

/** What the mail reads of a dataset: the municipalities, their entries as the table has them, and the mapping's contact. */
export type CorrectionData = Pick<Dataset, 'municipalities'> & { entries: readonly ListedEntry[]; mapping: { contact: Pick<Mapping['contact'], 'name' | 'email'> } };

/** A correction link as the reader sees it. */
export interface CorrectionMail {
  /** `mailto:` with the subject and body, encoded. */
  href: string;
  /** The link's text: "Foreslå en rettelse". */
  text: string;
  /** What a screen reader hears after it: whose entry, and that it writes an e-mail. */
  context: string;
  /** The address it writes to. */
  email: string;
}

/**
 * An address that goes into a `mailto:` as it is: letters, digits and `._+-` before the @, a
 * domain of labels after it. Anything else (`?`, `&`, `#`, `%`, spaces) would have to be encoded,
 * and mail programs differ in what they decode; the dataset's schema checks text only.
 */
const EMAIL = /^[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

const TEXTS = localise({
  text: { da: 'Foreslå en rettelse', en: 'Suggest a correction' },
  context: {
    da: (name: string) => ` til ${name}s opslag (e-mail til KL)`,
    en: (name: string) => ` to the entry of ${name} (an e-mail to KL)`,
  },
  subject: {
    da: (name: string) => `Rettelse til KL's kortlægning: ${name}`,
    en: (name: string) => `Correction to KL's mapping: ${name}`,
  },
  greeting: { da: (name: string) => `Kære ${name}`, en: (name: string) => `Dear ${name}` },
  intro: {
    da: "Jeg foreslår en rettelse til KL's kortlægning af kommunernes strategiske arbejde med digitalisering.",
    en: "I suggest a correction to KL's mapping of the municipalities' strategic work with digitalisation.",
  },
  asMapped: { da: 'Sådan står kommunen i kortlægningen nu:', en: 'What the mapping has now:' },
  notRegistered: { da: 'Kommunen er ikke registreret i kortlægningen.', en: 'The municipality is not registered in the mapping.' },
  linkText: { da: 'Dokument', en: 'Document' },
  address: { da: 'Adresse', en: 'Address' },
  change: { da: 'Det skal rettes (form, dokument, link, periode):', en: 'What should change (form, document, link, period):' },
  source: { da: 'Hvor det står (fx et link til dokumentet):', en: 'Where it says so (e.g. a link to the document):' },
  sender: { da: 'Venlig hilsen', en: 'Kind regards' },
});

/** Lines of a mail end in CR LF (RFC 5322), encoded as %0D%0A (RFC 6068). */
const CRLF = '\r\n';

/**
 * The correction mail for the municipality with a four-digit `code`, or null for an unknown
 * code or where the dataset's contact has no usable e-mail address. The entry's fields are
 * quoted as the mapping has them (in Danish, in either language), "Ikke angivet" where empty.
 */
export function correctionMail(data: CorrectionData, code: string, options: { lang: Lang }): CorrectionMail | null {
  const municipality = municipalityByCode(data, code);
  const { name: contact, email } = data.mapping.contact;
  if (!municipality || !EMAIL.test(email.trim())) return null;
  const { lang } = options;
  const t = TEXTS[lang];
  const l = LABELS[lang];
  const entry = entryFor(data, code);
  const name = `${municipality.officialName} (${municipality.code})`;
  const asMapped = entry
    ? [
        // An entry from the mapping's text (Solrød) has no form or document: what it rests on.
        ...(isFromText(entry) ? [`${l.basis}: ${basisLabel(entry, lang)}`] : []),
        `${l.form}: ${sourceText(entry.form, lang).text}`,
        `${t.linkText}: ${sourceText(entry.linkText, lang).text}`,
        ...(entry.url ? [`${t.address}: ${entry.url}`] : []),
        `${l.period}: ${periodText(entry.period, lang).text}`,
      ]
    : [t.notRegistered];
  const body = [t.greeting(contact), '', t.intro, '', `${l.municipality}: ${name}`, '', t.asMapped, ...asMapped, '', t.change, '', '', '', t.source, '', '', t.sender, '', ''];
  const address = email.trim();
  return {
    href: `mailto:${address}?subject=${encodeURIComponent(t.subject(name))}&body=${encodeURIComponent(body.join(CRLF))}`,
    text: t.text,
    context: t.context(municipality.officialName),
    email: address,
  };
}
