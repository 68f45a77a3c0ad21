import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  editDistance,
  firstNameGender,
  fold,
  isFirstName,
  isEitherGenderName,
  isKnownGivenName,
  isOrgName,
  personKey,
  stripTitles,
  surnameKey,
} from '../../src/text/names.js';

describe('fold', () => {
  it.each([
    ['Gonzàlez', 'gonzalez'],
    ['José  Martínez', 'jose martinez'],
    ['Putin’s', 'putin'],
    ['Ocasio-Cortez', 'ocasio cortez'],
    ['  MR. SONG ', 'mr song'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('stripTitles', () => {
  it.each([
    ['Russian President Vladimir V. Putin', 'Vladimir V. Putin'],
    ['Secretary of State John Kerry', 'John Kerry'],
    ['Mr. Song', 'Song'],
    ['Chinese Minister of National Defense General Wei Fenghe', 'Wei Fenghe'],
    ['Texas Sen. Ted Cruz', 'Ted Cruz'],
    ['Martin Luther King Jr.', 'Martin Luther King Jr.'],
    ['Howard Dean', 'Howard Dean'],
    ['President', 'President'],
    // Titles joined by a hyphen, and Canadian police and council ranks.
    ['WHO Director-General Tedros Adhanom Ghebreyesus', 'Tedros Adhanom Ghebreyesus'],
    ['UN Secretary-General António Guterres', 'António Guterres'],
    ['Coun. Brenda Locke', 'Brenda Locke'],
    ['Cst. Jamie Roy', 'Jamie Roy'],
    ['Labour MP Jess Okafor', 'Jess Okafor'],
    ['Mary-Kate Olsen', 'Mary-Kate Olsen'],
    // A given name that ends like a nationality, from the wider list, is no nationality.
    ['Anneliese Friesen', 'Anneliese Friesen'],
    ['Lebanese Bilal Haddad', 'Bilal Haddad'],
    // A party label opens a body's name, but is a title before a member's name or title.
    ['Republican National Committee', 'Republican National Committee'],
    ['Independent Investigations Office of B.C.', 'Independent Investigations Office of B.C.'],
    ['Independent Senator Jane Roe', 'Jane Roe'],
    ['Independent Rachel Post', 'Rachel Post'],
    // An office's title owning a body's word is the body's; "Auditor-General" is a title.
    ['Chief Coroner’s Office', 'Chief Coroner’s Office'],
    ['Auditor-General Hélène Bastien', 'Hélène Bastien'],
    // After an office's "of" or "for", the given name before a surname's particles.
    ['President of the European Commission Ursula von der Leyen', 'Ursula von der Leyen'],
    ['Minister for Health Cathal Ó Riordáin', 'Cathal Ó Riordáin'],
    ['Minister for Foreign Affairs Mac Smith', 'Mac Smith'],
    // Malaysian honours of two words, not after an honorific.
    ['Inspector-General of Police Tan Sri Razarudin Husain', 'Razarudin Husain'],
    ['Menteri Besar Tan Sri Sanusi Junid', 'Sanusi Junid'],
    ['Madam Tan Sri Wahyuni', 'Tan Sri Wahyuni'],
  ])('%j → %j', (input, expected) => {
    expect(stripTitles(input.split(' ')).join(' ')).toBe(expected);
  });
});

describe('personKey and surnameKey', () => {
  it('meets name variants of one person', () => {
    expect(personKey('Vladimir V. Putin')).toBe(personKey('President Vladimir Putin'));
    expect(personKey('José Martínez')).toBe('jose martinez');
    expect(surnameKey('Marcus Galauskas')).toBe('galauskas');
    expect(surnameKey('Martin Luther King Jr.')).toBe('king');
  });
});

describe('isOrgName', () => {
  it('tells organisations from people', () => {
    expect(isOrgName('New York Times')).toBe(true);
    expect(isOrgName('FBI')).toBe(true);
    expect(isOrgName('Atlantic Council')).toBe(true);
    expect(isOrgName('Marcus Galauskas')).toBe(false);
  });

  it('reads a publication’s word after a given name as a surname (Hill, Fox)', () => {
    expect(isOrgName('David Hill')).toBe(false);
    expect(isOrgName('David Nakamura-Hill')).toBe(false);
    expect(isOrgName('Megan Fox')).toBe(false);
    expect(isOrgName('Hill')).toBe(true);
    expect(isOrgName('Capitol Hill')).toBe(true);
    expect(isOrgName('Fox News')).toBe(true);
    expect(isOrgName('David Hill Foundation')).toBe(true);
  });

  it('knows a Māori iwi by the word its name opens on, with or without the macron', () => {
    expect(isOrgName('Ngāti Kahungunu')).toBe(true);
    expect(isOrgName('Ngai Tahu')).toBe(true);
    expect(isOrgName('Hēmi Te Rangi')).toBe(false);
  });

  it('knows Quebec’s and France’s bodies by their French words, accents and all', () => {
    expect(isOrgName('Université de Montréal')).toBe(true);
    expect(isOrgName('Sûreté du Québec')).toBe(true);
    expect(isOrgName('École Polytechnique')).toBe(true);
    expect(isOrgName('Marc Tessier')).toBe(false);
  });
});

describe('firstNameGender', () => {
  it('reads gender from common first names only', () => {
    expect(firstNameGender('Hillary Clinton')).toBe('f');
    expect(firstNameGender('Marcus Galauskas')).toBe('m');
    expect(firstNameGender('Clinton')).toBeUndefined();
  });

  it('knows names from beyond compromise’s lexicon, for gender only (models/first-names.txt)', () => {
    expect(firstNameGender('Aoife Brennan')).toBe('f');
    expect(firstNameGender('Kwame Asante')).toBe('m');
    expect(firstNameGender('Priya Raman')).toBe('f');
    // What counts as a first name elsewhere stays compromise's list.
    expect(isFirstName('Aoife')).toBe(false);
  });

  it('genders names that are also words inside a full name only, not places', () => {
    expect(firstNameGender('Mark Jones')).toBe('m');
    expect(firstNameGender('Nick Witney')).toBe('m');
    expect(firstNameGender('Grace Obuya')).toBe('f');
    // compromise tags Virginia and Austin as places too: no gender to go by.
    expect(firstNameGender('Virginia Ruiz')).toBeUndefined();
    expect(firstNameGender('Austin Reed')).toBeUndefined();
    // Nor is "Mark" a given name opening a sentence ("Mark the date").
    expect(isKnownGivenName('Mark')).toBe(false);
  });

  it("knows given names its source's languages disagree on as names, without a gender", () => {
    expect(isKnownGivenName('Imran')).toBe(true);
    expect(firstNameGender('Imran Sheikh')).toBeUndefined();
  });

  it("knows compromise's given names of either gender apart, without a gender", () => {
    expect(isEitherGenderName('Kelsey')).toBe(true);
    expect(isEitherGenderName('Jamie')).toBe(true);
    expect(isEitherGenderName('Grace')).toBe(false);
    expect(firstNameGender('Kelsey Morrow')).toBeUndefined();
    // Not a given name elsewhere: "Morgan Stanley" is a bank.
    expect(isKnownGivenName('Morgan')).toBe(false);
  });

  it('knows two given names joined by a hyphen as one, and no other hyphenated word', () => {
    expect(isKnownGivenName('Marc-Antoine')).toBe(true);
    expect(isKnownGivenName('Marie-Claude')).toBe(true);
    expect(isKnownGivenName('Saint-Laurent')).toBe(false);
    expect(isKnownGivenName('Anne-Marie-Louise')).toBe(false);
  });

  it('genders a French compound given name: "Jean-" a man\'s, else its second part when the first has none', () => {
    expect(firstNameGender('Jean-Sébastien Morneau')).toBe('m');
    expect(firstNameGender('MP Jean-Luc Roy')).toBe('m');
    expect(firstNameGender('Marie-Claude Roy')).toBe('f');
    // "Jean" alone stays ungendered (a woman's name in English, a man's in French).
    expect(firstNameGender('Jean Smith')).toBeUndefined();
  });
});

describe('editDistance', () => {
  it('counts typos, transpositions included', () => {
    expect(editDistance('galauskus', 'galauskas')).toBe(1);
    expect(editDistance('sandres', 'sanders')).toBe(1);
    expect(editDistance('putin', 'putin')).toBe(0);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b, 30);
        expect(d).toBe(editDistance(b, a, 30));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});
