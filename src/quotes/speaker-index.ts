/** Forgiving speaker lookup: surname only, any case, no diacritics, small typos. */
import { editDistance, fold, nameTokens, typoBudget } from '../text/names.js';
import { initialsOf } from './bodies.js';

interface Entry {
  name: string;
  /** Folded name tokens without titles or initials. */
  tokens: string[];
  key: string;
  /** The folded name as written, for prefix completion ("vladimir v putin"). */
  folded: string;
  quotes: number;
  /** The folded words of how the articles describe them ("security expert at the atlantic council"). */
  described: string[];
  /** An organisation's acronyms its articles spell out, folded ("cwc"). */
  acronyms: string[];
  /** An organisation's initials, folded ("faa"): looked up after names, as "Ng" is Kevin Ng. */
  initials: string[];
}

/** One speaker as the index is given it. */
interface IndexedSpeaker {
  name: string;
  quotes: unknown[];
  descriptor?: string;
  /** Only an organisation is looked up by its acronyms. */
  type?: string;
  /** The acronyms its articles spell its name out with ("Central Water Commission (CWC)"). */
  acronyms?: Iterable<string>;
}

const SUGGESTIONS = 5;

/** Words every description has: no evidence of whom a query means. */
const DESCRIPTION_GLUE = new Set(['the', 'a', 'an', 'of', 'at', 'for', 'in', 'on', 'and', 'to']);

export class SpeakerIndex {
  /** Most-quoted first, so every scan below yields results in the order users want. */
  private readonly entries: Entry[];

  constructor(speakers: IndexedSpeaker[]) {
    this.entries = speakers
      .map((s) => {
        const tokens = nameTokens(s.name);
        return {
          name: s.name,
          tokens,
          key: tokens.join(' '),
          folded: fold(s.name),
          quotes: s.quotes.length,
          described: s.descriptor ? fold(s.descriptor).split(/[^\p{L}\p{N}]+/u) : [],
          acronyms:
            s.type === 'organisation' ? [...new Set([...(s.acronyms ?? [])].map(fold))] : [],
          initials: s.type === 'organisation' ? initialsKey(s.name) : [],
        };
      })
      .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  }

  /** The speaker a query means, or null and the nearest names. */
  resolve(query: string): { speaker: string | null; suggestions: string[] } {
    const q = nameTokens(query.slice(0, 200));
    return this.match(q) ?? { speaker: null, suggestions: this.suggest(q) };
  }

  /**
   * For a query no name matches: people described by its words ("Atlantic Council": Marcus
   * Galauskas, a security expert at the Atlantic Council), then the nearest names.
   */
  private suggest(q: string[]): string[] {
    // The words that name something: "the" alone describes half the speakers.
    const words = q.filter((w) => !DESCRIPTION_GLUE.has(w));
    const described = this.entries
      .filter((e) => words.length > 0 && words.every((w) => e.described.includes(w)))
      .map((e) => e.name);
    const near = this.nearest(q.join(' ')).filter((name) => !described.includes(name));
    return [...described, ...near].slice(0, SUGGESTIONS);
  }

  /** The speaker a query means, or null: resolve without looking for near names. */
  find(query: string): string | null {
    return this.match(nameTokens(query.slice(0, 200)))?.speaker ?? null;
  }

  private match(q: string[]): { speaker: string | null; suggestions: string[] } | null {
    if (q.length === 0) return { speaker: null, suggestions: [] };
    // "The New York Times" for the "New York Times" an article quoted, by its whole name only:
    // "The Rock" is not Chris Rock ("The Weeknd" is itself).
    const rest = q[0] === 'the' && q.length > 1 ? q.slice(1).join(' ') : null;
    const named =
      rest === null
        ? undefined
        : (this.entries.find((e) => e.key === rest) ??
          this.byAcronym(rest)[0] ??
          this.byAcronym(rest, 'initials')[0]);
    return this.matchWords(q) ?? (named ? { speaker: named.name, suggestions: [] } : null);
  }

  private matchWords(q: string[]): { speaker: string | null; suggestions: string[] } | null {
    const key = q.join(' ');
    const exact = this.entries.find((e) => e.key === key);
    if (exact) return { speaker: exact.name, suggestions: [] };
    // "FAA", as an article spells it out, is the Federal Aviation Administration before any name
    // holding the letters as a word; an organisation's initials only after names ("Ng" is Kevin
    // Ng, not the National Guard: review of 8d4c00e).
    const acronym = this.byAcronym(key);
    if (acronym.length > 0) return pick(acronym);
    const named = this.byTokens(q);
    if (named.length > 0) return pick(named);
    const initials = this.byAcronym(key, 'initials');
    if (initials.length > 0) return pick(initials);
    const near = this.byTypos(q);
    return near.length > 0 ? pick(near) : null;
  }

  /** Completion: names with a word starting with the prefix, then near misses, most-quoted first. */
  complete(prefix: string, limit: number): string[] {
    const p = fold(prefix.slice(0, 100));
    if (!p) return this.entries.slice(0, limit).map((e) => e.name);
    const out: Entry[] = [];
    const seen = new Set<Entry>();
    const add = (e: Entry): void => {
      if (out.length < limit && !seen.has(e)) {
        out.push(e);
        seen.add(e);
      }
    };
    for (const e of this.entries) {
      if (e.folded.startsWith(p) || e.key.startsWith(p) || e.tokens.some((t) => t.startsWith(p)))
        add(e);
      if (out.length >= limit) break;
    }
    const budget = typoBudget(p.length);
    if (budget > 0 && out.length < limit) {
      for (const e of this.entries) {
        if (e.tokens.some((t) => prefixDistance(p, t, budget) <= budget)) add(e);
        if (out.length >= limit) break;
      }
    }
    return out.map((e) => e.name);
  }

  /** Organisations known by the letters `key` ("faa"), most-quoted first. */
  private byAcronym(key: string, kind: 'acronyms' | 'initials' = 'acronyms'): Entry[] {
    return key.includes(' ') ? [] : this.entries.filter((e) => e[kind].includes(key));
  }

  /** Speakers whose names contain every query word; a lone word matches surnames before other words. */
  private byTokens(q: string[]): Entry[] {
    const all = this.entries.filter((e) => q.every((t) => e.tokens.includes(t)));
    if (q.length > 1) return all;
    const surname = all.filter((e) => e.tokens[e.tokens.length - 1] === q[0]);
    return [...surname, ...all.filter((e) => !surname.includes(e))];
  }

  /** Speakers whose names match every query word within a small typo budget, closest first. */
  private byTypos(q: string[]): Entry[] {
    const scored: { e: Entry; d: number }[] = [];
    for (const e of this.entries) {
      let total = 0;
      for (const t of q) {
        const budget = typoBudget(t.length);
        // A typo rarely hits the first letter; requiring it keeps "Putin" from meaning "Gutin".
        const d = Math.min(
          ...e.tokens.map((u) => (u[0] === t[0] ? editDistance(t, u, budget) : Infinity)),
        );
        if (d > budget) {
          total = Infinity;
          break;
        }
        total += d;
      }
      if (total < Infinity) scored.push({ e, d: total });
    }
    return scored.sort((a, b) => a.d - b.d || b.e.quotes - a.e.quotes).map((s) => s.e);
  }

  /** The closest names to an unknown query, for "did you mean". */
  private nearest(key: string): string[] {
    // A third of the letters, one at least, none of two: "he" is no typo of "Li" nor "Xi" of "Shi".
    const max = key.length <= 2 ? 0 : Math.max(1, Math.floor(key.length / 3));
    return this.entries
      .map((e) => ({
        e,
        d: Math.min(
          editDistance(key, e.key, max),
          ...e.tokens.map((t) => editDistance(key, t, max)),
        ),
      }))
      .filter((s) => s.d <= max)
      .sort((a, b) => a.d - b.d || b.e.quotes - a.e.quotes)
      .slice(0, SUGGESTIONS)
      .map((s) => s.e.name);
  }
}

/**
 * An organisation's initials, folded, when two capitalised words or more give them ("Federal
 * Aviation Administration": faa).
 */
function initialsKey(name: string): string[] {
  const initials = initialsOf(name);
  return initials.length >= 2 ? [fold(initials)] : [];
}

/** Distance from a typed prefix to the start of a word, allowing one letter more or less. */
function prefixDistance(p: string, word: string, budget: number): number {
  return Math.min(
    editDistance(p, word.slice(0, p.length), budget),
    editDistance(p, word.slice(0, p.length + 1), budget),
    editDistance(p, word.slice(0, Math.max(1, p.length - 1)), budget),
  );
}

function pick(candidates: Entry[]): { speaker: string | null; suggestions: string[] } {
  const [first, ...rest] = candidates;
  return {
    speaker: first?.name ?? null,
    suggestions: rest.slice(0, SUGGESTIONS).map((e) => e.name),
  };
}
