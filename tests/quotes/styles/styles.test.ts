import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/index.js';
import {
  BATCHES,
  caseArticle,
  FIFTH_BATCH,
  FOURTH_BATCH,
  inBatch,
  isHeldOut,
  judge,
  loadCases,
  SECOND_BATCH,
  SEVENTH_BATCH,
  EIGHTH_BATCH,
  NINTH_BATCH,
  SIXTH_BATCH,
  TENTH_BATCH,
  ELEVENTH_BATCH,
  TWELFTH_BATCH,
  THIRTEENTH_BATCH,
  FOURTEENTH_BATCH,
  FIFTEENTH_BATCH,
  SIXTEENTH_BATCH,
  SEVENTEENTH_BATCH,
  EIGHTEENTH_BATCH,
  NINETEENTH_BATCH,
} from './cases.js';

const cases = loadCases();
const tuning = cases.filter((c) => !isHeldOut(c));
const heldOut = cases.filter(isHeldOut);

describe('style set', () => {
  // The first 64 cases were split in halves before any rule was written; cases added since are
  // tuning cases for new rules (odd ids above 64). The later batches (ids from SECOND_BATCH: 300-339,
  // 340-379 Canadian web copy, 380-419 British, Australian, wire and features, 420-459 local news,
  // sports, courts, interviews, 460-499 business and scare quotes; THIRD_BATCH on: 500-539 Irish,
  // New Zealand, Indian, South African, US local, releases, sport, courts, obituaries, 540-579
  // Canadian, British, Australian, wire, business, health, crime, arts; FOURTH_BATCH on: 600-679
  // Canadian outlets' copy and ten other styles; FIFTH_BATCH to TWELFTH_BATCH on: 700-779,
  // 800-879, 900-979, 1000-1079, 1100-1179, 1200-1279, 1300-1379 and 1400-1479, the same mix;
  // THIRTEENTH_BATCH: 1500-1539, half as many; FOURTEENTH_BATCH to NINETEENTH_BATCH: 1600-1679,
  // 1700-1779, 1800-1879, 1900-1979, 2000-2079 and 2100-2179), each written by a session that
  // read none of the rules, are split the same way: their even ids are held out.
  it('has at least 60 cases, half of each batch held out, every style in both halves', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    const evens = (from: number, count: number): number[] =>
      Array.from({ length: count }, (_, i) => from + 2 * i);
    expect(heldOut.map((c) => c.id)).toEqual([
      ...evens(2, 32),
      ...evens(SECOND_BATCH, 140),
      ...evens(FOURTH_BATCH, 40),
      ...evens(FIFTH_BATCH, 40),
      ...evens(SIXTH_BATCH, 40),
      ...evens(SEVENTH_BATCH, 40),
      ...evens(EIGHTH_BATCH, 40),
      ...evens(NINTH_BATCH, 40),
      ...evens(TENTH_BATCH, 40),
      ...evens(ELEVENTH_BATCH, 40),
      ...evens(TWELFTH_BATCH, 40),
      ...evens(THIRTEENTH_BATCH, 20),
      ...evens(FOURTEENTH_BATCH, 40),
      ...evens(FIFTEENTH_BATCH, 40),
      ...evens(SIXTEENTH_BATCH, 40),
      ...evens(SEVENTEENTH_BATCH, 40),
      ...evens(EIGHTEENTH_BATCH, 40),
      ...evens(NINETEENTH_BATCH, 40),
    ]);
    const second = cases.filter((c) => c.id >= SECOND_BATCH);
    expect(second.filter(isHeldOut).length * 2).toBe(second.length);
    expect(tuning.length).toBeGreaterThanOrEqual(heldOut.length);
    const styles = (list: typeof cases): string[] => [...new Set(list.map((c) => c.style))].sort();
    expect(styles(heldOut)).toEqual(styles(tuning));
    for (const c of cases) expect(c.text).toContain(c.quote);
  });
});

/**
 * Tuning cases the rules do not get right yet, each with why. Expecting their check to throw keeps
 * them honest: the test breaks when one starts passing, so it must then leave this list.
 */
const KNOWN_MISSES = new Map<number, string>([
  // Keeping such quotes (how === 'own') was tried: PolNeAR train attribution fell 87.7 -> 87.3
  // and end-to-end F1 82.9 -> 82.5, as PolNeAR gives most of them a speaker we cannot name.
  [59, 'a scare quote with no named speaker is dropped, not kept as "scare" with none'],
  // Tried twice: such a description as the previous sentence's subject, and as the person a story
  // told of by "she" (an occupation or kinship, no office): on PolNeAR train most of the quotes it
  // gave a speaker went wrong ("the boy", "the narrator", "the man" are new, unnamed people).
  // A third (session 57): the one person named so far, for a trade said in the present ("says
  // the curator"); a review's 77 passages found it wrong 27 times for 11 right (an outside
  // expert, a historical figure, a victim, the other party, a brand).
  [129, 'a descriptor the article never gave ("the retired schoolteacher") finds no one'],
  // Preferring, for "she", the earlier speaker whose first name is a woman's over a later one whose
  // name shows no gender changed ~40 PolNeAR train quotes, most of them wrongly (Barack Obama's).
  [325, '"she" after a speaker whose first name no list knows ("Devinder") takes that speaker'],
  [
    329,
    '"the union leader" for "president of the Confédération des syndicats nationaux" finds no one',
  ],
  [471, '"NHS Kent and Medway said" is read as the pair "NHS Kent" and "Medway"'],
  // "office" and "agency" as words for a watchdog found "the Home Office": dropped.
  [
    497,
    '"The miner said" finds no firm introduced as a miner ("one of the largest copper miners")',
  ],
  [
    661,
    'a coined phrase of four words quoted after "she says" reads as a partial quote, not scare',
  ],
  [935, 'a scare quote goes to "Manitoba Indigenous", a capitalised qualifier, not the person'],
  [971, 'a scare quote with no speaker is dropped (as #59)'],
  [1007, 'an association that "has described the scheme as “…”" loses "Association of"'],
  [1033, '"what she calls “…”" takes "GDP" for "she"'],
  [1051, 'an album title before "an album she says…" is not given its artist'],
  [1061, "a show's title in marks with no speaker is dropped (as #59)"],
  [1115, 'a reported phrase ("said her client was “relieved and exhausted”") is read as scare'],
  [1139, 'a nickname in marks after "as" is given the species named before'],
  [1157, "a bill's title in marks with no speaker is dropped (as #59)"],
  [1163, '"The Scot, who has been in charge…, said" reads "Scot" as a name'],
  // A trade after a sentence about someone of another trade ("the witness replied" after the
  // lawyer's question) is whom the story opened on as often as a newcomer ("the firefighter said"
  // after a crash victim's story): only what only a person is (an age, a birthplace) goes there.
  [1263, 'a nickname fans use ("whom fans… have taken to calling “…”") goes to the player named'],
  [1311, '"Halvorsen Semiconductor AG" is typed a person (its speaker is right)'],
  [1345, 'an institute named again finds no one (to be read)'],
  [1433, 'a scare quote nobody uses is dropped, not kept with no speaker (PolNeAR cost)'],
  [1515, 'a nickname "first given to her by a lifeguard, Theo Papadakis" is not given to him'],
  [1527, '"the nurse says" finds no one: the story said she left nursing, never "nurse"'],
  [1641, '"Her sister was blunter. … she said": a kin subject that does not speak is no "she"'],
  [1651, '"the Mayo deputy" after "Independent TD Seosamh Ó Dálaigh" finds no one'],
  [1761, '"the flanker said" after "Captain Tomos Williams-Rees… said": no rugby position'],
  [1773, "an exhibition's title (a work) is dropped, not kept as a scare quote with no one"],
  [1815, 'a name "some residents now call" a building is dropped, not kept with no speaker'],
  [1865, 'Te Whatu Ora (the health service) is typed a person (its speaker is right)'],
  [1943, '"the devastated mum" after the tabloid lede\'s "heartbroken mum" and a photo caption'],
  [2109, '"In a news release Friday, the Confédération… (CSN) said the move “…”" finds no one'],
  [2113, 'a nickname "Fans at Westoba Place have started calling" goes to the arena'],
  [2135, 'a nickname "coined by opposition MNA Véronique Lapointe-Cyr" after it finds no one'],
  [2139, '"said the striker" after "The 22-year-old Portuguese forward… said" finds no one'],
  [2149, '"On a hillside above Machynlleth, Gwenllian Pryce lifts…" is read as "Pryce"'],
  [2161, '"(RMT)" after "National Union of Rail, Maritime and Transport Workers" is not spelled'],
]);

describe('style set: tuning half', () => {
  it.each(tuning.map((c) => [c.id, c.style, c.quote, c.speaker, c.kind, c] as const))(
    '#%i %s: “%s” → %s (%s)',
    (id, _style, _quote, speaker, kind, c) => {
      const check = (): void => {
        const outcome = judge(c, extractQuotes(caseArticle(c)));
        expect(outcome.found, 'quote found').toBeDefined();
        expect(outcome.found?.speaker ?? null).toBe(speaker);
        expect(outcome.kind).toBe(kind);
        // A person or an organisation, as /quote and the speaker list show it.
        if (c.type && speaker) expect(outcome.found?.speakerType).toBe(c.type);
      };
      if (KNOWN_MISSES.has(id)) expect(check).toThrow();
      else check();
    },
  );
});

// The held-out half is asserted batch by batch, as a whole, so that its failures are not listed
// one by one while rules are written. The target is 0.90; the floors guard against
// regressions at each batch's measured level, short of it for the later batches, which were
// written without reading the rules: the first batch overstates how well the rules carry.
describe('style set: held-out half', () => {
  const accuracy = (batch: typeof heldOut): number =>
    batch.filter((c) => judge(c, extractQuotes(caseArticle(c))).correct).length / batch.length;

  // Each later batch's floor is its held-out score measured when it was added, before any rule
  // was written for it (third 19/40, fourth 28/40, fifth 34/40, sixth 30/40, seventh 27/40,
  // eighth 29/40, ninth 26/40, tenth 30/40, eleventh 27/40, twelfth 31/40, thirteenth 19/20).
  const FLOORS: Record<string, number> = {
    first: 0.87,
    second: 0.7,
    third: 0.47,
    fourth: 0.7,
    fifth: 0.85,
    sixth: 0.75,
    seventh: 0.675,
    eighth: 0.725,
    ninth: 0.65,
    tenth: 0.75,
    eleventh: 0.675,
    twelfth: 0.775,
    thirteenth: 0.95,
    fourteenth: 0.85,
    fifteenth: 0.85,
    sixteenth: 0.9,
    seventeenth: 0.8,
    eighteenth: 0.9,
    nineteenth: 0.875,
  };
  it.each(BATCHES.map((b) => [b.name, b.from, b.to, FLOORS[b.name]!, b] as const))(
    '%s batch (ids %i up to %s) stays at or above %s speaker accuracy (target 0.90)',
    (_name, _from, _to, floor, batch) => {
      expect(accuracy(inBatch(heldOut, batch))).toBeGreaterThanOrEqual(floor);
    },
  );
});
