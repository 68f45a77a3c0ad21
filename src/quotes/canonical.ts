/** One speaker across articles: "Vladimir V. Putin", "Vladimir Putin" and a bare "Putin" meet. */
import { nameTokens, personKey } from '../text/names.js';

/** A group of name variants that are one speaker. */
export interface SpeakerGroup {
  /** The display name: the fullest form, the most used among equally full ones. */
  name: string;
  /** Every variant as articles wrote it, with how many quotes used it. */
  variants: Map<string, number>;
}

/** Folded first and last token: "hillary rodham clinton" and "hillary clinton" share "hillary clinton". */
function outerKey(tokens: string[]): string {
  return tokens.length > 1 ? `${tokens[0]} ${tokens[tokens.length - 1]}` : (tokens[0] ?? '');
}

/** The fullest form ("Vladimir V. Putin" over "Vladimir Putin"), the most used among equals. */
function displayName(variants: Map<string, number>): string {
  const words = (name: string): number => name.split(/\s+/).length;
  const ranked = [...variants.entries()].sort(
    (a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]),
  );
  return ranked[0]?.[0] ?? '';
}

/**
 * Groups speaker names (with quote counts) into speakers. Multi-word names meet on their first
 * and last word; a bare surname joins the multi-word speaker with that surname when one such
 * speaker has at least two thirds of their quotes (else it stays its own speaker).
 */
export function groupSpeakers(counts: Map<string, number>): Map<string, SpeakerGroup> {
  const byOuter = new Map<string, Map<string, number>>();
  const single: [string, number][] = [];
  for (const [name, n] of counts) {
    const tokens = nameTokens(name);
    if (tokens.length === 0) continue;
    if (tokens.length === 1) {
      single.push([name, n]);
      continue;
    }
    const key = outerKey(tokens);
    const variants = byOuter.get(key) ?? new Map<string, number>();
    variants.set(name, (variants.get(name) ?? 0) + n);
    byOuter.set(key, variants);
  }
  const bySurname = new Map<string, string[]>();
  for (const key of byOuter.keys()) {
    const surname = key.split(' ').pop() ?? '';
    bySurname.set(surname, [...(bySurname.get(surname) ?? []), key]);
  }
  const total = (key: string): number =>
    [...(byOuter.get(key)?.values() ?? [])].reduce((a, b) => a + b, 0);
  for (const [name, n] of single) {
    const token = personKey(name);
    const candidates = (bySurname.get(token) ?? []).sort((a, b) => total(b) - total(a));
    const top = candidates[0];
    const all = candidates.reduce((sum, key) => sum + total(key), 0);
    const key = top && total(top) * 3 >= all * 2 ? top : token;
    const variants = byOuter.get(key) ?? new Map<string, number>();
    variants.set(name, (variants.get(name) ?? 0) + n);
    byOuter.set(key, variants);
  }
  const groups = new Map<string, SpeakerGroup>();
  for (const variants of byOuter.values()) {
    const group: SpeakerGroup = { name: displayName(variants), variants };
    for (const variant of variants.keys()) groups.set(variant, group);
  }
  return groups;
}

/**
 * The speakers of one article's quotations, each once in the order they are first quoted, as the
 * article's own forms of their names group them ("Putin" joins "Vladimir Putin" quoted before).
 * An /add reports these: grouping the whole visible corpus's speakers took a first /add ~0.15 s
 * at ~100k passages, for names the article itself gives.
 */
export function speakersWithin(quotes: readonly { speaker: string | null }[]): string[] {
  const counts = new Map<string, number>();
  for (const { speaker } of quotes)
    if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  const groups = groupSpeakers(counts);
  return [...new Set([...counts.keys()].map((name) => groups.get(name)?.name ?? name))];
}
