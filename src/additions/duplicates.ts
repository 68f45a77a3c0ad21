// Is an article already in what a server sees? The same URL, or the same text however spaced or
// accented. Fingerprinting every article on an add took ~0.4 s at SQuAD's size (~2 s at 100k
// passages) the first time; only the articles holding every one of the new text's rarest terms
// can hold the same text, and the index's postings name them at once.
import { visibleIn } from '../corpus/ids.js';
import type { Article } from '../corpus/types.js';
import type { PassageIndex } from '../search/index.js';
import { toPassages, type Passage } from '../search/passages.js';
import { postingsOf } from '../search/postings.js';
import { terms as analyse } from '../text/tokenize.js';
import { normalizeUrl, passagesFingerprint } from './prepare.js';

/** How many of the new text's rarest terms an earlier copy must hold to be fingerprinted. */
const RARE_TERMS = 3;

/** The id of a visible article with one of `urls` or the same text as `article`, if any. */
export function findDuplicate(
  index: PassageIndex,
  guild: string,
  article: Article,
  fingerprint: string,
  urls: string[],
): string | undefined {
  const wanted = new Set(urls);
  for (const [id, info] of index.articles) {
    if (info.url !== undefined && visibleIn(id, guild) && wanted.has(normalizeUrl(info.url))) {
      return id;
    }
  }
  const texts = toPassages(article).map((p) => p.text);
  const holders = articlesHoldingRarest(index, texts);
  if (holders.size === 0) return undefined;
  const passages = new Map<string, Passage[]>();
  for (const { passage } of index.passages.values()) {
    if (!holders.has(passage.articleId) || !visibleIn(passage.articleId, guild)) continue;
    const list = passages.get(passage.articleId);
    if (list) list.push(passage);
    else passages.set(passage.articleId, [passage]);
  }
  for (const [id, list] of passages) if (passagesFingerprint(list) === fingerprint) return id;
  return undefined;
}

// The articles whose passages hold every one of the rarest indexed terms of `texts` (the new
// article's passages, analysed as the index analyses them).
function articlesHoldingRarest(index: PassageIndex, texts: string[]): Set<string> {
  const vocab = index.vocabulary;
  const ids = new Set<number>();
  for (const text of texts) {
    for (const term of analyse(text)) {
      const id = vocab.lookup(term);
      if (id >= 0 && vocab.frequency(id) > 0) ids.add(id);
    }
  }
  const rarest = [...ids].sort((a, b) => vocab.frequency(a) - vocab.frequency(b));
  const { starts, docs, entries } = postingsOf(index);
  let holders: Set<string> | undefined;
  for (const id of rarest.slice(0, RARE_TERMS)) {
    const here = new Set<string>();
    for (let i = starts[id]!; i < starts[id + 1]!; i++) {
      const articleId = entries[docs[i]!]!.passage.articleId;
      if (!holders || holders.has(articleId)) here.add(articleId);
    }
    holders = here;
  }
  return holders ?? new Set();
}
