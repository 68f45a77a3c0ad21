import { InputError } from '../errors.js';
import { cleanInput } from './input.js';
import { CUSTOM_EMOJI, MASS_MENTION_WORD, MENTION, ownerWords } from '../text/mentions.js';
import { questionSources, relatedWeights, translatedTerms } from '../search/meaning/rescore.js';
import type { TranslatedTerms } from '../search/excerpt.js';
import { articleParagraphs } from '../search/article-text.js';
import type { PassageIndex } from '../search/index.js';
import type { Passage } from '../search/passages.js';
import type { Referent } from '../text/referents.js';
import { parseQuery, type Query } from '../search/query.js';
import { terms as analyse } from '../text/tokenize.js';
import {
  askedOf,
  givenNamesOf,
  namedButSilent,
  namesAThing,
  writtenAsName,
} from '../search/said-by.js';
import { isAnyGivenName, isOnePersonsName } from '../text/names.js';
import { rank, type RankOptions } from '../search/ranking.js';
import { lazyResult } from './result.js';
import { pronounSpeakers, type QuotesOf } from './pronoun-speakers.js';
import type { Answer, AnswerResult } from './types.js';

/** Longest question accepted, in characters (Discord's own option limit is 300). */
export const MAX_QUESTION_CHARS = 1000;

/**
 * How a message to the bot opens and closes around its question: a greeting, the bot addressed,
 * "please", "thanks" ("Hey bot, what did Xi drink?", "What did Xi drink, please?"). None of it is
 * asked about: searched for, "please" or "thanks" weighed as a word the corpus lacks and silenced
 * a question it answers. Each is courtesy only where the words around it say so: before a comma or
 * before the question's own opening ("Hey bot what…"), not "OK Corral", "Hey Jude", "Bot attacks
 * on…", "Hi, footnote 3 of the audit…"; "please" at the end only after a comma or the question's
 * mark (not "Who did Xi please?"), and "thanks" only after a sentence's end (not "Who did the
 * U.S. thank").
 */
const OPENING = String.raw`(?:what|who|whom|whose|where|when|why|how|which|did|does|do|is|are|was|were|can|could|would|will|tell|show|find|give|explain|list|so)\b`;
/** A courtesy word's end: punctuation, or a space before the question's opening. */
const ENDS = (next: string): string => String.raw`(?:\s*[,!.:;]+\s*|\s+(?=${next}))`;
const GREETING = new RegExp(
  String.raw`^\s*(?:hey|hi|hello|hiya|ok|okay)${ENDS(String.raw`${OPENING}|(?:bot|footnote)\b`)}`,
  'i',
);
const ADDRESS = new RegExp(String.raw`^\s*(?:bot|footnote)${ENDS(OPENING)}`, 'i');
const PLEASE = new RegExp(
  [
    String.raw`^\s*please${ENDS(OPENING)}`,
    String.raw`(?<=\b(?:can|could|would|will) you )please\s+(?=${OPENING})`,
    String.raw`(?:,\s*|(?<=[?!.])\s*)please[\s.!?]*$`,
  ].join('|'),
  'gi',
);
/** A masked link, "[text](https://…)": its text is what was written. */
const MARKDOWN_LINK = /\[([^\]]*)\]\(\s*<?[a-z][a-z0-9+.-]*:[^)\s]*>?\s*\)/gi;
/**
 * A link, bare or in Discord's embed-suppressing brackets: "https://…", "<https://…>", and without
 * a scheme as people paste them, "www.…" or a domain in lowercase with a path
 * ("apnews.com/article/…"); not a bare domain ("Amazon.com"), which may be what is asked about,
 * nor capitalised words run together ("St.Petersburg/Moscow").
 */
const URL =
  /<?(?:\b[a-zA-Z][a-zA-Z0-9+.-]*:\/\/|\b[wW]{3}\.|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/)[^\s>]*>?/g;
const THANKS =
  /(?<=[\p{Ll}\d)][,.?!]|[?!])\s*(?:[Tt]hanks?(?: you)?(?: so much| very much| a lot)?|[Tt]hx|[Tt]y|[Cc]heers)[\s.!]*$/u;

/**
 * The words of `question` to search for, without a message's courtesies and Discord's addressing:
 * "@everyone", "@here", a member's, role's or channel's mention, a custom emoji and a link (a
 * masked link keeps its text). Searched for, "everyone", an id's digits and a URL's parts weighed
 * as terms the corpus lacks and silenced questions it answers. The question is still shown as
 * asked.
 */
export function searchedWords(question: string): string {
  return ownerWords(question)
    .replace(MARKDOWN_LINK, '$1')
    .replace(URL, ' ')
    .replace(MENTION, ' ')
    .replace(MASS_MENTION_WORD, ' ')
    .replace(CUSTOM_EMOJI, ' ')
    .replace(GREETING, '')
    .replace(ADDRESS, '')
    .replace(THANKS, '')
    .replace(PLEASE, ' ');
}

/** Clean a user's question, or throw an InputError saying what is wrong with it. */
export function checkQuestion(raw: string): string {
  return cleanInput(raw, {
    empty: 'Ask a question: the question is empty.',
    noun: 'question',
    max: MAX_QUESTION_CHARS,
  });
}

/**
 * Answer `question` from the index: the `k` best passages (default 3) with excerpts and citations,
 * searching only the articles `filter` accepts.
 */
export function answerQuestion(
  index: PassageIndex,
  rawQuestion: string,
  options: RankOptions & { quotes?: QuotesOf } = {},
): Answer {
  const question = checkQuestion(rawQuestion);
  const searched = searchedWords(question);
  const query = parseQuery(searched, index, options.filter);
  if (query.terms.length === 0) {
    throw new InputError(
      'That question has no words to search for (only common words or punctuation). Try naming what you want to know about.',
    );
  }
  // What every result chooses its excerpt with, taken apart from the index, which a result kept
  // for paging never holds.
  const quotes = options.quotes;
  // "What did Putin say…?": the passages whose "he added" the quotation rules gave to Putin.
  // Read once a passage, however many of said-by's readings ask.
  const spoken = new Map<string, Referent[]>();
  const spokenBy = quotes
    ? (passage: Passage): Referent[] => {
        let found = spoken.get(passage.id);
        if (!found) {
          found = pronounSpeakers(passage, quotes(passage.articleId) ?? []);
          spoken.set(passage.id, found);
        }
        return found;
      }
    : undefined;
  // Whom a described speaker was found to be ("Putin" for "the Russian president"), and where.
  const describes = new Map<string, Set<string>>();
  const resultsOf = (query: Query, typed?: ReadonlySet<string>): AnswerResult[] => {
    const byTerm = new Map(query.terms.map((t) => [t.term, t.idf]));
    const byId = new Map(query.terms.filter((t) => t.id >= 0).map((t) => [t.id, t.idf]));
    const found = rank(
      index,
      query,
      spokenBy ? { ...options, pronounSpeakers: spokenBy } : options,
    );
    const context = {
      byTerm,
      byId,
      expects: query.expects,
      kinds: index.vocabulary.kinds(),
      translated: translatedFor(found.length > 0, query.terms, index),
      termIds: new Map(query.terms.filter((t) => t.id >= 0).map((t) => [t.term, t.id])),
      earlier: earlierIn(index),
      ...(options.quotes ? { quotes: options.quotes } : {}),
      ownWords: asksOnlyWho(query),
      ...(typed ? { typed } : {}),
    };
    const results: AnswerResult[] = [];
    for (const { entry, score, reasons, speaks, describes: name } of found) {
      if (name)
        describes.set(name, (describes.get(name) ?? new Set()).add(entry.passage.articleId));
      const article = index.articles.get(entry.passage.articleId);
      if (!article) continue;
      const ranked = {
        entry,
        article,
        score: Math.round(score * 1000) / 1000,
        ...(reasons ? { matched: reasons.matched, related: reasons.related } : {}),
        ...(speaks?.length ? { speaks } : {}),
      };
      const related = relatedWeights(byTerm, reasons, index.vocabulary);
      results.push(lazyResult(ranked, related, context));
    }
    return results;
  };
  const results = resultsOf(query);
  // "What did the Russian president say?": the passages naming him so are few; those where the one
  // found speaks by name follow ("Putin said…").
  // Asked by the name in full as those articles write it ("Ferdinand Marcos"), so that another of
  // the surname ("Imelda Marcos") is not taken for them.
  const [found, ...others] = describes;
  if (query.described && found && others.length === 0 && isOnePersonsName(found[0])) {
    const [name, articles] = found;
    const k = options.k ?? 3;
    const shown = new Set(results.map((r) => r.passageId));
    const full = fullName(index, name, articles);
    const byName = parseQuery(askedOf(searched, full), index, options.filter);
    // The name was not typed: it is marked as a word taken for the description.
    const typed = new Set(query.terms.map((t) => t.term));
    if (byName.speaker)
      for (const r of resultsOf(byName, typed))
        if (results.length < k && !shown.has(r.passageId)) results.push(r);
  }
  // "What did Kim Jong Un say…?" of a corpus that names him but never shows him speaking.
  const { speaker, ...asTopic } = query;
  if (
    results.length === 0 &&
    speaker &&
    writtenAsName(speaker) &&
    namedButSilent(index, speaker, options.filter, spokenBy)
  ) {
    // "What does the Satellite Broadcasting Act say?" asks what a law provides, not who spoke.
    if (namesAThing(speaker)) return { question, results: resultsOf(asTopic) };
    return { question, results, unspoken: speaker.join(' ') };
  }
  return { question, results };
}

/**
 * `surname` with the given names the first of `articles` that writes some gives it ("Vladimir
 * Putin", "Ferdinand Marcos"), or alone where they only title it ("Mr. Putin").
 */
function fullName(index: PassageIndex, surname: string, articles: Iterable<string>): string {
  for (const id of articles) {
    for (const given of givenNamesOf(articleParagraphs(index, id) ?? [], surname)) {
      if (given.some((w) => isAnyGivenName(w))) return [...given, surname].join(' ');
    }
  }
  return surname;
}

/**
 * "What did Song Zhongping say?", "What did the Russian leader say?": a question of whom alone,
 * every term of it the name's or the description's. Not "…say about the drills?", "…tell the
 * broadcaster?", "…say on Friday?": their other words choose among the passages' sentences.
 */
function asksOnlyWho(query: Query): boolean {
  const who =
    query.speaker ?? (query.described && [query.described.head, ...query.described.qualifiers]);
  if (!who) return false;
  const named = new Set(who.flatMap((word) => analyse(word)));
  return query.terms.every((t) => named.has(t.term));
}

/** Looked up once a question has an answer (a silence needs no excerpt), for all its excerpts. */
function translatedFor(
  answered: boolean,
  terms: Parameters<typeof questionSources>[0],
  index: PassageIndex,
): TranslatedTerms | null {
  const sources = answered ? questionSources(terms, index.vocabulary) : null;
  return sources ? translatedTerms(sources) : null;
}

/**
 * An article's paragraphs before a passage, read from `index` while it serves; for a window of a
 * long paragraph, the windows before it too. A result kept for paging holds no index (a reindex
 * frees the old one), so its excerpt then names no body it only describes.
 */
function earlierIn(
  index: PassageIndex,
): (articleId: string, paragraph: number, text: string) => string[] {
  const held = new WeakRef(index);
  return (articleId, paragraph, text) => {
    const serving = held.deref();
    const read = serving && articleParagraphs(serving, articleId, paragraph + 1);
    if (!read) return [];
    const before = read.slice(0, paragraph - 1);
    const own = read[paragraph - 1] ?? '';
    const at = own.indexOf(text);
    return at > 0 ? [...before, own.slice(0, at)] : before;
  };
}
