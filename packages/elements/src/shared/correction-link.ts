// "Foreslå en rettelse": the link the card and the table's rows give to the mapping's contact, a
// mailto: with the municipality and its entry written in (see correctionMail in core). The
// element sends nothing; the reader's mail program opens with the mail to finish, or not.
import { html, nothing, type TemplateResult } from 'lit';
import type { CorrectionMail } from '@kl-digital/core';

/** The link, named for screen readers with whose entry it corrects; nothing without a mail. */
export function renderCorrection(mail: CorrectionMail | null | undefined, className: string): TemplateResult | typeof nothing {
  return mail ? html`<a class=${className} part="correction" href=${mail.href}>${mail.text}<span class="visually-hidden">${mail.context}</span></a>` : nothing;
}
