import {
  highlight,
  makeExcerpt,
  type Excerpt,
  type Highlight,
  type TranslatedTerms,
} from '../search/excerpt.js';
import type { ArticleInfo, IndexedPassage } from '../search/index.js';
import { citationLink } from '../net/links.js';
import { withRelated, type RelatedWeight } from '../search/meaning/rescore.js';
import { paragraphAt } from '../search/passages.js';
import { mayDescribe, referents, type Referent } from '../text/referents.js';
import { quotedAt } from '../text/quoted-at.js';
import { tokenSpans, type TokenSpan } from '../text/tokenize.js';
import { wholeWordAt } from '../text/whole-word.js';
import { mayNameSpeaker, pronounSpeakers, type QuotesOf } from './pronoun-speakers.js';
import type { AnswerResult, Citation } from './types.js';

/*
 * /ask fetches 15 passages so that its paging buttons need not ask again, and shows 3: choosing
 * the excerpt of each was most of an answer's time. A result's excerpt, highlights and citation
 * (which cites the excerpt's paragraph) are therefore worked out when first read. They are own,
 * enumerable fields all the same, so spreading, JSON and deep equality see a plain result.
 *
 * Sessions keep answers for their paging buttons, thousands at a time, so a result costs no more
 * than the fields it stands for: its getters are shared by every result (a getter made per object
 * gives each object a hidden class of its own, twice the bytes of an eager result), and what they
 * read sits behind one symbol that neither spreading nor JSON sees.
 */

const PENDING = Symbol('pending excerpt');
const DERIVED = Symbol('derived citation');

/** What every result of one question chooses its excerpt with. */
export interface QuestionContext {
  /** The question's term weights (idf), by term and by term id. */
  byTerm: ReadonlyMap<string, number>;
  byId: ReadonlyMap<number, number>;
  /** TermKind bits the answer carries (Query.expects). */
  expects: number;
  /** TermKind bits by term id (Vocabulary.kinds). */
  kinds: Uint8Array;
  /** Passage terms the question's terms are asked with (translation table), if there is one. */
  translated?: TranslatedTerms | null;
  /** Each question term's vocabulary id (terms the corpus lacks are left out). */
  termIds: ReadonlyMap<string, number>;
  /** An article's text before a passage (its 1-based paragraph, its text): where "the school" was named. */
  earlier?: (articleId: string, paragraph: number, text: string) => readonly string[];
  /** An article's extracted quotations: whom a pronoun's attribution ("he added") means. */
  quotes?: QuotesOf;
  /** "What did X say?" and no more: a sentence opening on X's quotation leads (ExcerptOptions.ownWords). */
  ownWords?: boolean;
  /**
   * The terms the member typed, where the engine asked in other words ("Putin" for "the Russian
   * president"): only these are highlighted as matched. Absent: `byTerm`'s.
   */
  typed?: ReadonlySet<string>;
}

/** What a result's excerpt is chosen from, and the excerpt and citation once worked out. */
class PendingExcerpt {
  private chosen: Excerpt | undefined;
  private cited: Citation | undefined;
  private resolved: Referent[] | undefined;
  private spoken: Referent[] | undefined;

  constructor(
    private readonly entry: IndexedPassage,
    private readonly article: ArticleInfo,
    private readonly related: readonly RelatedWeight[],
    private readonly question: QuestionContext,
    /** Where the person a "what did X say" question asks about speaks in the passage. */
    private readonly speaks?: readonly number[],
  ) {}

  get excerpt(): Excerpt {
    if (this.chosen) return this.chosen;
    const { passage, terms, sentenceEnds } = this.entry;
    const { byTerm, byId, expects, kinds, translated, termIds } = this.question;
    // The sentence is chosen by meaning too: a passage term related to a missing question term
    // weighs part of that term's weight ("drank" for "drink"), and one the question is learned to
    // be asked with covers it.
    const related = withRelated(byTerm, byId, this.related);
    // Most passages' titles hold none of the question's terms: nothing is copied for them.
    const titled = this.article.titleTerms.some((id) => related.byId.has(id));
    const { weights, translation } = titled
      ? titleLighter(
          related,
          translated,
          new Set(this.article.titleTerms),
          (term) => termIds.get(term) ?? this.related.find((r) => r.term === term)?.id,
        )
      : { weights: related, translation: translated };
    const made = makeExcerpt(passage.text, weights.byTerm, {
      expects,
      indexed: { terms, sentenceEnds, weights: weights.byId, kinds },
      ...(translation ? { translated: translation } : {}),
      ...(this.speaks ? { prefer: this.speaks, ownWords: this.question.ownWords === true } : {}),
    });
    // Most excerpts describe no body and quote no one by a pronoun: nothing more is then read.
    const found = [
      ...(mayDescribe(made.text) ? this.referents : []),
      ...(mayNameSpeaker(made.text) ? this.speakers : []),
    ];
    const named = withNames(made, passage.text, found, weights.byTerm);
    return (this.chosen = this.withSpeaker(asRelated(named, this.question.typed ?? byTerm)));
  }

  /**
   * An excerpt answering from inside a quotation that does not say whose it is ("“This visit… is
   * a clear and symbolic sign…”", after "he added" in the passage), ended with the speaker the
   * quotation rules found ("— Marcus Galauskas"): quoted words are not the article's own, and
   * "Who said…?" asks for exactly that.
   */
  private withSpeaker(excerpt: Excerpt): Excerpt {
    const { passage } = this.entry;
    const quotes = this.question.quotes?.(passage.articleId) ?? [];
    for (const q of quotes) {
      if (!q.speaker || q.kind === 'scare') continue;
      const at = quotedAt(passage.text, q.text);
      // The sentence opens on the quotation's mark, just before its words.
      if (at < 0 || excerpt.answer < at - 2 || excerpt.answer >= at + q.text.length) continue;
      // Any word of the name: "Mr. Song said" names Song Zhongping. Nor when the excerpt runs
      // past the quotation's end, onto words a name at its end would seem to sign.
      const words = q.speaker.split(' ').filter((w) => w.length > 1);
      if (words.some((w) => wholeWordAt(excerpt.text, w, 0) >= 0)) return excerpt;
      if (excerptEnd(excerpt) > at + q.text.length + 2) return excerpt;
      return { ...excerpt, text: `${excerpt.text} — ${q.speaker}` };
    }
    return excerpt;
  }

  /** The speakers the passage's pronoun attributions stand for ("“…,” he [Marcus Galauskas] added"). */
  get speakers(): Referent[] {
    const { passage } = this.entry;
    const quotes = this.question.quotes;
    return (this.spoken ??= quotes
      ? pronounSpeakers(passage, quotes(passage.articleId) ?? [])
      : []);
  }

  /** The passage's descriptions ("the school") of bodies its article named before them. */
  get referents(): Referent[] {
    const { passage } = this.entry;
    const earlier = this.question.earlier;
    return (this.resolved ??= referents(
      passage.text,
      () => earlier?.(passage.articleId, passage.paragraph, passage.text) ?? [],
      this.article.title,
    ));
  }

  /** The passage's whole text: a stored passage reads it from the snapshot file (stored-text.ts). */
  get passage(): string {
    return this.entry.passage.text;
  }

  get citation(): Citation {
    const { passage } = this.entry;
    return (this.cited ??= citationOf(this.article, paragraphAt(passage, this.excerpt.offset)));
  }
}

type Pending = { [PENDING]: PendingExcerpt };

/** A field read from the pending excerpt: one getter per field, shared by every result. */
function pendingField<T>(read: (pending: PendingExcerpt) => T): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: Pending): T {
      return read(this[PENDING]);
    },
  };
}

const EXCERPT_FIELDS = {
  excerpt: pendingField((p) => p.excerpt.text),
  highlights: pendingField((p) => p.excerpt.highlights),
} satisfies PropertyDescriptorMap;
const PASSAGE_FIELD = pendingField((p) => p.passage);
const CITATION_FIELD = pendingField((p) => p.citation);
/**
 * Absent (undefined, which JSON leaves out) when the passage describes no body named before and
 * names no speaker only by a pronoun.
 */
const REFERS_FIELD = pendingField((p) => {
  // A body the passage names itself before describing it, only where the excerpt names it so.
  const shown = (r: Referent): boolean => !r.inText || p.excerpt.text.includes(`[${r.name}]`);
  const found = [...p.referents.filter(shown), ...(mayNameSpeaker(p.passage) ? p.speakers : [])];
  return found.length > 0 ? found.map((r): [string, string] => [r.mention, r.name]) : undefined;
});

/** What a ranked passage brings to its result besides the excerpt. */
export interface RankedPassage {
  entry: IndexedPassage;
  article: ArticleInfo;
  score: number;
  matched?: string[];
  related?: [string, string][];
  /** Where in the passage the person asked about speaks (Scored.speaks). */
  speaks?: readonly number[];
}

/**
 * `ranked` as a result whose excerpt is chosen (makeExcerpt with the question's weights and the
 * passage's `related` ones), and its paragraph cited, when first read. Fields in the order an
 * eager result had them.
 */
export function lazyResult(
  ranked: RankedPassage,
  related: readonly RelatedWeight[],
  question: QuestionContext,
): AnswerResult {
  const { entry, article } = ranked;
  const result = Object.defineProperty({}, PENDING, {
    value: new PendingExcerpt(entry, article, related, question, ranked.speaks),
  });
  Object.defineProperties(result, EXCERPT_FIELDS);
  // The whole text too is read when asked for (a kept answer does not hold it either).
  Object.defineProperty(result, 'passage', PASSAGE_FIELD);
  Object.assign(result, { passageId: entry.passage.id, score: ranked.score });
  Object.defineProperty(result, 'citation', CITATION_FIELD);
  if (ranked.matched) Object.assign(result, { matched: ranked.matched, related: ranked.related });
  Object.defineProperty(result, 'refers', REFERS_FIELD);
  return result as AnswerResult;
}

function citationOf(article: ArticleInfo, paragraph: number): Citation {
  const citation: Citation = {
    title: article.title,
    source: article.source,
    paragraph,
    article: article.id,
  };
  const url = citationLink(article.url);
  if (url) citation.url = url;
  return citation;
}

interface Derivation {
  from: { citation: Citation };
  derive: (citation: Citation) => Citation;
  value?: Citation;
}

const DERIVED_CITATION = {
  enumerable: true,
  configurable: true,
  get(this: { [DERIVED]: Derivation }): Citation {
    const d = this[DERIVED];
    return (d.value ??= d.derive(d.from.citation));
  },
} satisfies PropertyDescriptor;

/**
 * A copy of `item` whose citation is `derive(item.citation)`, worked out when first read; the
 * other fields are carried over unread, so a pending excerpt stays pending.
 */
export function withDerivedCitation<T extends { citation: Citation }>(
  item: T,
  derive: (citation: Citation) => Citation,
): T {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(item));
  Object.defineProperty(copy, DERIVED, { value: { from: item, derive }, configurable: true });
  return Object.defineProperty(copy, 'citation', DERIVED_CITATION) as T;
}

// How much a question term in the article's title weighs in choosing the excerpt's sentence.
// Chosen on SQuAD training questions of the learn articles held out of the evaluation's table
// (scratch runs over their first 3,000 and the other 5,574): excerpt shows the answer for 2,231 →
// 2,255 and 3,767 → 3,784 of the questions whose first passage holds it at 0.3 (chosen before the
// translation credit was made lighter too: 2,256 / 3,785 at 0.3; 0.5: 2,253 / 3,782; 0.2: 2,257 /
// 3,787).
const TITLE_WEIGHT = 0.3;

/**
 * The question's weights with the article's subject made lighter: "What individuals live at Fatima
 * House at Notre Dame?" names the article to say which house, and the answering sentence is the
 * one with "Fatima House", not the one that happens to name the university. By term and by id
 * alike (`idOf`: a question's or related word's id), and the credit a sentence gets by words a
 * title term is asked with (the translation table's) too.
 */
function titleLighter(
  weights: { byTerm: ReadonlyMap<string, number>; byId: ReadonlyMap<number, number> },
  translated: TranslatedTerms | null | undefined,
  title: ReadonlySet<number>,
  idOf: (term: string) => number | undefined,
): {
  weights: { byTerm: ReadonlyMap<string, number>; byId: ReadonlyMap<number, number> };
  translation: TranslatedTerms | null | undefined;
} {
  const lighter = <K>(map: ReadonlyMap<K, number>, inTitle: (key: K) => boolean): Map<K, number> =>
    new Map([...map].map(([key, w]) => [key, inTitle(key) ? w * TITLE_WEIGHT : w]));
  const byTerm = lighter(weights.byTerm, (term) => title.has(idOf(term) ?? -1));
  const byId = lighter(weights.byId, (id) => title.has(id));
  if (!translated) return { weights: { byTerm, byId }, translation: translated };
  const slots = new Set([...translated.slotById].filter(([id]) => title.has(id)).map(([, s]) => s));
  const slotWeights = translated.weights.map((w, slot) => (slots.has(slot) ? w * TITLE_WEIGHT : w));
  return { weights: { byTerm, byId }, translation: { ...translated, weights: slotWeights } };
}

/**
 * Where an excerpt ends in its passage, near enough: its text without the "…" that cut it and the
 * names it brackets. Past a quotation's end, the excerpt goes on to words a name at its end would
 * seem to sign ("“…alliance.” “We are not impressed…,” said Sergei Lavrov").
 */
function excerptEnd(excerpt: Excerpt): number {
  const shown = excerpt.text.replace(/ \[[^\]]*\]/g, '').replace(/^…|…$/g, '');
  return excerpt.offset + shown.length;
}

/** The excerpt with each highlight holding none of the question's own terms marked `related`. */
function asRelated(excerpt: Excerpt, asked: { has(term: string): boolean }): Excerpt {
  let changed = false;
  const highlights = excerpt.highlights.flatMap((h): Highlight[] => {
    // A run of words side by side ("President Vladimir") may hold both kinds: one span each.
    const words = tokenSpans(excerpt.text.slice(h.start, h.end)).filter((t) => t.term !== null);
    const kindOf = (t: TokenSpan): Highlight['kind'] =>
      asked.has(t.term!) ? 'matched' : 'related';
    if (words.every((t) => kindOf(t) === 'matched')) return [h];
    changed = true;
    const out: Highlight[] = [];
    words.forEach((t, i) => {
      const kind = kindOf(t);
      const last = out.at(-1);
      const end = i === words.length - 1 ? h.end : h.start + t.end;
      if (last && last.kind === kind) last.end = end;
      else out.push({ start: i === 0 ? h.start : h.start + t.start, end, kind });
    });
    return out.length > 0 ? out : [{ ...h, kind: 'related' }];
  });
  return changed ? { ...excerpt, highlights } : excerpt;
}

/**
 * The excerpt with the name of each body it only describes, in brackets after the first
 * description of it ("the school [Harbin Institute of Technology] is on the… Entity List"), as an
 * editor would insert it; highlights are marked again over the new text.
 */
function withNames(
  excerpt: Excerpt,
  passage: string,
  found: readonly Referent[],
  weights: ReadonlyMap<string, number>,
): Excerpt {
  let text = excerpt.text;
  for (const { mention, name, start } of found) {
    if (text.includes(name) || start < excerpt.offset) continue;
    // The same words as the passage has them before it, counted from where the excerpt starts
    // ("Staff in the company town said the company would…" names the second).
    const nth = occurrences(passage.slice(excerpt.offset, start), mention);
    const at = nthIndex(text, mention, nth);
    if (at < 0) continue;
    // After a possessive: "the school’s [Harbin Institute of Technology] mascot".
    const end = at + mention.length + (/^['’]s\b/.test(text.slice(at + mention.length)) ? 2 : 0);
    text = `${text.slice(0, end)} [${name}]${text.slice(end)}`;
  }
  return text === excerpt.text
    ? excerpt
    : { ...excerpt, text, highlights: highlight(text, weights) };
}

/** How often `words` occur whole in `text` ("he" not in "the"). */
function occurrences(text: string, words: string): number {
  let n = 0;
  for (
    let at = wholeWordAt(text, words, 0);
    at >= 0;
    at = wholeWordAt(text, words, at + words.length)
  )
    n++;
  return n;
}

/** Where the `nth` (0-based) whole occurrence of `words` starts in `text`; -1 if none. */
function nthIndex(text: string, words: string, nth: number): number {
  let at = wholeWordAt(text, words, 0);
  for (let i = 0; i < nth && at >= 0; i++) at = wholeWordAt(text, words, at + words.length);
  return at;
}
