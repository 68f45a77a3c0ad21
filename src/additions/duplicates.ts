// Is an article already in what a server sees? The same URL, or the same text however spaced
// (beside punctuation too) or accented. Fingerprinting every article on an add took ~0.4 s at
// SQuAD's size (~2 s at 100k passages) the first time; only the articles holding every one of the
// new text's rarest terms can hold the same text, and the index's postings name them at once.
// The new text's terms come analysed from the worker thread (Prepared.terms): tokenizing 1 MB
// here stalled answers 0.14 s.
import { visibleIn } from '../corpus/ids.js';
import type { PassageIndex } from '../search/index.js';
import { articlePassages } from '../search/article-text.js';
import { listsOf, postingsOf } from '../search/postings.js';
import { normalizeUrl, passagesFingerprint } from './prepare.js';

/** How many of the new text's rarest terms an earlier copy must hold to be fingerprinted. */
const RARE_TERMS = 3;

/** What the duplicate check needs of a prepared addition (see Prepared). */
export interface DuplicateProbe {
  fingerprint: string;
  urls: string[];
  /** The new text's distinct analysed terms (articleTerms). */
  terms: string[];
}

/** The id of a visible article with one of the probe's URLs or the same text, if any. */
export function findDuplicate(
  index: PassageIndex,
  guild: string,
  probe: DuplicateProbe,
): string | undefined {
  const wanted = new Set(probe.urls);
  for (const [id, info] of index.articles) {
    if (info.url !== undefined && visibleIn(id, guild) && wanted.has(normalizeUrl(info.url))) {
      return id;
    }
  }
  const holders = articlesHoldingRarest(index, probe.terms);
  if (holders.size === 0) return undefined;
  for (const id of holders) {
    if (!visibleIn(id, guild)) continue;
    const passages = articlePassages(index, id);
    if (passages?.length && passagesFingerprint(passages) === probe.fingerprint) return id;
  }
  return undefined;
}

// The articles whose passages hold every one of the rarest indexed `terms`.
function articlesHoldingRarest(index: PassageIndex, terms: string[]): Set<string> {
  const vocab = index.vocabulary;
  const ids = new Set<number>();
  for (const term of terms) {
    const id = vocab.lookup(term);
    if (id >= 0 && vocab.frequency(id) > 0) ids.add(id);
  }
  const rarest = [...ids].sort((a, b) => vocab.frequency(a) - vocab.frequency(b));
  const postings = postingsOf(index);
  let holders: Set<string> | undefined;
  for (const id of rarest.slice(0, RARE_TERMS)) {
    const here = new Set<string>();
    for (const { starts, docs } of listsOf(postings)) {
      if (id + 1 >= starts.length) continue;
      for (let i = starts[id]!; i < starts[id + 1]!; i++) {
        const articleId = postings.entries[docs[i]!]!.passage.articleId;
        if (!holders || holders.has(articleId)) here.add(articleId);
      }
    }
    holders = here;
  }
  return holders ?? new Set();
}
