import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../test/dataset.js';
import { correctionMail } from './correction-mail.js';

const dataset = loadDataset();

/** The address, subject and body of a mailto: link, decoded. */
function read(href: string): { to: string; subject: string; body: string } {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  return { to: decodeURIComponent(url.pathname), subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

describe('correctionMail', () => {
  it("correctionMail(dataset, '0340') writes to the mapping's contact, Stine Howard at stho@kl.dk, about Sorø Kommune", () => {
    const mail = correctionMail(dataset, '0340', { lang: 'da' })!;
    const { to, subject, body } = read(mail.href);
    expect(to).toBe('stho@kl.dk');
    expect(mail.email).toBe('stho@kl.dk');
    expect(subject).toBe("Rettelse til KL's kortlægning: Sorø Kommune (0340)");
    expect(body).toContain('Kære Stine Howard');
    expect(body).toContain('Kommune: Sorø Kommune (0340)');
    expect([mail.text, mail.context]).toEqual(['Foreslå en rettelse', ' til Sorø Kommunes opslag (e-mail til KL)']);
  });

  it("the body quotes Sorø's entry as the mapping has it, with blank lines for what should change", () => {
    const lines = read(correctionMail(dataset, '0340', { lang: 'da' })!.href).body.split('\r\n');
    const at = lines.indexOf('Sådan står kommunen i kortlægningen nu:');
    expect(lines.slice(at + 1, at + 4)).toEqual(['Form: Digitaliserings-principper', 'Dokument: Principper for digitalisering og IT (soroe.dk)', 'Periode: Ikke angivet']);
    const change = lines.indexOf('Det skal rettes (form, dokument, link, periode):');
    expect(change).toBeGreaterThan(at);
    expect(lines.slice(change + 1, change + 4)).toEqual(['', '', '']);
    expect(lines).toContain('Hvor det står (fx et link til dokumentet):');
  });

  it("Solrød's mail says its entry rests on the mapping's example, not its list, before the empty form and period", () => {
    const lines = read(correctionMail(dataset, '0269', { lang: 'da' })!.href).body.split('\r\n');
    const at = lines.indexOf('Sådan står kommunen i kortlægningen nu:');
    expect(lines.slice(at + 1, at + 5)).toEqual(['Grundlag: Et eksempel i kortlægningen, ikke dens liste', 'Form: Ikke angivet', 'Dokument: Ikke angivet', 'Periode: Ikke angivet']);
    expect(read(correctionMail(dataset, '0340', { lang: 'da' })!.href).body).not.toContain('Grundlag');
  });

  it('every line break is CR LF, encoded %0D%0A, and spaces %20 (RFC 6068), so every mail program reads the same text', () => {
    const { href } = correctionMail(dataset, '0340', { lang: 'da' })!;
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/%0A(?<!%0D%0A)|[\s+]/);
  });

  it("an entry with a document address gives it too: Odder's https address", () => {
    const { body } = read(correctionMail(dataset, '0727', { lang: 'da' })!.href);
    expect(body).toContain('Adresse: https://www.odder.dk/media/memkubdr/digitaliseringsstrategi2021-2025_odder_kommune.pdf');
  });

  it('a municipality not in the mapping (Ballerup) says so in the body', () => {
    const { subject, body } = read(correctionMail(dataset, '0151', { lang: 'da' })!.href);
    expect(subject).toBe("Rettelse til KL's kortlægning: Ballerup Kommune (0151)");
    expect(body).toContain('Sådan står kommunen i kortlægningen nu:\r\nKommunen er ikke registreret i kortlægningen.');
  });

  it('in English, the mail and the link are English and the entry stays as the mapping has it', () => {
    const mail = correctionMail(dataset, '0340', { lang: 'en' })!;
    const { subject, body } = read(mail.href);
    expect(subject).toBe("Correction to KL's mapping: Sorø Kommune (0340)");
    expect(body).toContain('Form: Digitaliserings-principper');
    expect(body).toContain('Period: Not stated');
    expect(body).toContain('What should change (form, document, link, period):');
    expect([mail.text, mail.context]).toEqual(['Suggest a correction', ' to the entry of Sorø Kommune (an e-mail to KL)']);
  });

  it('text that would end the address or add a header (?, &, #) is encoded in the body, not taken as syntax', () => {
    const altered = loadDataset();
    altered.entries.find((e) => e.code === '0340')!.linkText = 'A & B? #1 cc=x@y.dk';
    const { body, subject } = read(correctionMail(altered, '0340', { lang: 'da' })!.href);
    expect(body).toContain('Dokument: A & B? #1 cc=x@y.dk');
    expect(subject).toBe("Rettelse til KL's kortlægning: Sorø Kommune (0340)");
  });

  it.each(['', 'stho', 'a b@kl.dk', 'stho@kl.dk?cc=x@y.dk', 'stho@kl'])('no link where the contact address is %j, and none for an unknown code', (email) => {
    const altered = loadDataset();
    altered.mapping.contact.email = email;
    expect(correctionMail(altered, '0340', { lang: 'da' })).toBeNull();
    expect(correctionMail(dataset, '9999', { lang: 'da' })).toBeNull();
  });
});
