import { describe, expect, it } from 'vitest';
import { namesAgree, nameWords, type NamedRecord } from '../../../shared/domain/name-agreement.ts';

const person = (firstName: string, lastName = ''): NamedRecord => ({ kind: 'person', firstName, lastName, company: '' });
const company = (name: string): NamedRecord => ({ kind: 'company', firstName: '', lastName: '', company: name });

describe('namesAgree', () => {
  it.each([
    [person('Alice', 'Martin'), person('alice', 'MARTIN'), 'equal after case folding'],
    [person('François', 'Lefèvre'), person('Francois', 'Lefevre'), 'equal after accents'],
    [person('Alice'), person('Alice', 'Martin'), 'a part of the other'],
    [person('', 'Martin'), person('Alice', 'Martin'), 'last name only'],
    [person('Bob J.', 'Durand'), person('Bob', 'Durand'), 'a middle initial'],
    [person('B.', 'Durand'), person('Bob', 'Durand'), 'an initial for the first name'],
    [person('Marie', 'Curie'), person('M.', 'Curie'), 'an initial on the other side'],
    [person('', ''), person('Alice', 'Martin'), 'one side has no name'],
    [person('Martin', 'Alice'), person('Alice', 'Martin'), 'first and last swapped'],
    [person('Jean-Pierre', 'Dupont'), person('Jean Pierre', 'Dupont'), 'a hyphen is a word break'],
    [person("Sean", "O'Brien"), person('Sean', 'OBrien'), 'apostrophes are dropped'],
  ])('%o and %o agree (%s)', (a, b) => {
    expect(namesAgree(a, b)).toBe(true);
    expect(namesAgree(b, a)).toBe(true);
  });

  it.each([
    [person('Alice', 'Martin'), person('Bob', 'Durand'), 'different people'],
    [person('Bob', 'Durand'), person('Robert', 'Durand'), 'nicknames are not known'],
    [person('Anne', 'Martin'), person('Paul', 'Martin'), 'a couple sharing a phone'],
    [person('A.', 'Martin'), person('B.', 'Martin'), 'different initials'],
    [person('Jean', 'Martin'), person('Jeanne', 'Martin'), 'a longer word is not an initial'],
    [person('M.', 'Martin'), person('Martin', 'Dupont'), 'an initial cannot reuse the word a whole word took'],
    [person('Alice', 'Martin'), company('Acme'), 'a person and a company card'],
  ])('%o and %o conflict (%s)', (a, b) => {
    expect(namesAgree(a, b)).toBe(false);
    expect(namesAgree(b, a)).toBe(false);
  });

  it('compares company cards by their company key', () => {
    expect(namesAgree(company('IBM Corp.'), company('I.B.M.'))).toBe(true);
    expect(namesAgree(company('Acme'), company('Other Co'))).toBe(false);
  });

  it('lets a nameless person agree with a company card', () => {
    expect(namesAgree(person(''), company('Acme'))).toBe(true);
  });
});

describe('nameWords', () => {
  it('folds and splits a name into words', () => {
    expect(nameWords('Jean-Pierre J.', "d'Artagnan")).toEqual(['jean', 'pierre', 'j', 'dartagnan']);
  });
});
