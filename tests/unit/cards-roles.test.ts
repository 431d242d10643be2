import { describe, expect, it } from 'vitest';
import { draftFromOcr } from '../../electron/core/cards/card-fields.ts';
import { BUSINESS_WORDS, LEGAL_FORMS, TITLE_WORDS } from '../../electron/core/cards/card-patterns.ts';
import { domainSpelled, localPartSpells } from '../../electron/core/cards/card-roles.ts';
import { sameWord, spellingsOf } from '../../electron/core/cards/card-text.ts';
import type { OcrLine } from '../../electron/core/cards/ocr-engine.ts';

/** OCR lines top to bottom, with a height (font size) and a confidence. */
function lines(...specs: [text: string, height?: number][]): OcrLine[] {
  let top = 0;
  return specs.map(([text, height = 20]) => {
    const line = { text, confidence: 0.92, box: { left: 10, top, right: 600, bottom: top + height }, words: [] };
    top += height + 10;
    return line;
  });
}

const roles = (ocr: OcrLine[], country: 'US' | 'RU' = 'US') => {
  const { firstName, lastName, company, title } = draftFromOcr(ocr, country).fields;
  return { name: `${firstName} ${lastName}`.trim(), company, title };
};

describe('name and company sharing a word', () => {
  it('does not swap them when the company is the big line and the name follows the title (the issue #10 card)', () => {
    expect(roles(lines(['Kim Digital', 60], ['Creative Director', 25], ['Daniel Kim', 40], ['kim@kimdigital.com']))).toEqual({ name: 'Daniel Kim', company: 'Kim Digital', title: 'Creative Director' });
  });

  it('reads kim@ as true of both lines and lets the business word, the domain and the title beside the name decide', () => {
    expect(roles(lines(['Kim Digital', 60], ['Daniel Kim', 40], ['Creative Director', 25], ['kim@kimdigital.example']))).toEqual({ name: 'Daniel Kim', company: 'Kim Digital', title: 'Creative Director' });
    // No email at all: the same layout still reads right.
    expect(roles(lines(['Kim Digital', 60], ['Daniel Kim', 40], ['Creative Director', 25], ['+1 213 555 0143']))).toMatchObject({ name: 'Daniel Kim', company: 'Kim Digital' });
  });

  it('keeps the company when the email spells the person (daniel.kim@) or the domain is the person’s own', () => {
    expect(roles(lines(['Daniel Kim', 50], ['Kim Digital', 30], ['daniel.kim@kimdigital.com']))).toMatchObject({ name: 'Daniel Kim', company: 'Kim Digital' });
    expect(roles(lines(['Kim Digital', 60], ['Daniel Kim', 40], ['Creative Director', 25], ['daniel@danielkim.com']))).toMatchObject({ name: 'Daniel Kim', company: 'Kim Digital' });
  });

  it('decides by layout alone when the mailbox is generic (info@) and both lines are the same size', () => {
    expect(roles(lines(['Berg Design', 44], ['Jörg Berg', 44], ['Inhaber', 28], ['info@bergdesign.example']))).toEqual({ name: 'Jörg Berg', company: 'Berg Design', title: 'Inhaber' });
  });

  it('reads Cyrillic cards: romanized email and domain, Russian legal forms and titles', () => {
    expect(roles(lines(['Орлов Диджитал', 52], ['Дмитрий Орлов', 42], ['Руководитель проектов', 26], ['+7 812 765-43-21'], ['orlov@orlov-digital.example']), 'RU')).toEqual({ name: 'Дмитрий Орлов', company: 'Орлов Диджитал', title: 'Руководитель проектов' });
    expect(roles(lines(['Иван Петров', 50], ['Генеральный директор', 28], ['ООО Петров и партнёры', 30], ['i.petrov@petrov-partners.example']), 'RU')).toEqual({ name: 'Иван Петров', company: 'ООО Петров и партнёры', title: 'Генеральный директор' });
  });

  it('gives a lower name confidence when a second line could have been the name', () => {
    const sure = draftFromOcr(lines(['Daniel Kim', 50], ['Creative Director'], ['Northwind Traders Inc.'], ['daniel.kim@northwind.example']), 'US');
    const unsure = draftFromOcr(lines(['Daniel Kim', 40], ['Kim Lee', 40]), 'US');
    expect(sure.confidence.firstName).toBeGreaterThan(unsure.confidence.firstName!);
  });
});

describe('the evidence', () => {
  it('matches the usual local-part forms of a name, and not a mailbox or another name', () => {
    for (const local of ['daniel.kim', 'd.kim', 'dkim', 'danielk', 'kim.daniel', 'daniel_kim', 'kimdaniel']) expect(localPartSpells('Daniel Kim', [`${local}@x.example`]), local).toBe(1);
    expect(localPartSpells('Daniel Kim', ['kim@x.example'])).toBe(0.6);
    expect(localPartSpells('Kim Digital', ['kim@x.example'])).toBe(0.6);
    expect(localPartSpells('Kim Digital', ['dkim@x.example'])).toBe(0);
    expect(localPartSpells('Kim Digital', ['d.kim@x.example'])).toBe(0.6);
    expect(localPartSpells('Daniel Kim', ['info@x.example'])).toBe(0);
    expect(localPartSpells('Jürgen Weiß', ['j.weiss@x.example'])).toBe(1);
    expect(localPartSpells('Дмитрий Орлов', ['dmitry.orlov@x.example'])).toBe(1);
  });

  it('measures how much of a domain a line spells', () => {
    expect(domainSpelled('Kim Digital', ['kimdigital.example'])).toBe(1);
    expect(domainSpelled('Daniel Kim', ['kimdigital.example'])).toBeLessThan(0.5); // only the kim
    expect(domainSpelled('Herrera Arquitectos', ['herrera-arq.example'])).toBe(1);
    expect(domainSpelled('Boulangeries Dupré SARL', ['dupre.example'])).toBe(1);
    expect(domainSpelled('Müller & Söhne GmbH', ['mueller-soehne.example'])).toBe(1);
    expect(domainSpelled('Kim', ['kim.digital'])).toBe(1);
    expect(domainSpelled('Орлов Диджитал', ['orlov-digital.example'])).toBeGreaterThan(0.4);
  });

  it('spells words the ways addresses do', () => {
    expect(spellingsOf('Müller')).toEqual(expect.arrayContaining(['muller', 'mueller']));
    expect(spellingsOf('Weiß')).toEqual(['weiss']);
    expect(spellingsOf('Дмитрий')).toEqual(expect.arrayContaining(['dmitriy', 'dmitrii']));
    expect(sameWord('dmitry', 'dmitrii')).toBe(true);
    expect(sameWord('kim', 'kir')).toBe(false);
  });

  it('bounds words in every script (JavaScript’s \\b stops at é and Cyrillic letters)', () => {
    expect(TITLE_WORDS.test('Chargé de mission')).toBe(true);
    expect(TITLE_WORDS.test('Генеральный директор')).toBe(true);
    expect(TITLE_WORDS.test('Kleiterweg')).toBe(false);
    expect(BUSINESS_WORDS.test('Société Dubois')).toBe(true);
    expect(LEGAL_FORMS.test('ООО Ромашка')).toBe(true);
    expect(LEGAL_FORMS.test('Саока')).toBe(false);
  });
});
