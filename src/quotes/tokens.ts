/** The text around quotations as tokens, each quotation standing in as one opaque token. */
import type { QuoteSpan } from './marks.js';
import { nextToken, PUNCTUATION, tokenEnd } from './scan-words.js';
import { isOnlyVerb } from './lexicon-types.js';
import { isReportingVerb } from './verbs.js';
import { isTitle } from '../text/names.js';
import { RANK_ABBREVIATIONS } from '../text/ranks.js';

export interface Token {
  text: string;
  /** 'word', 'punct' (, ; : . ! ? dashes), or 'quote' (a whole quotation; `quote` is its index). */
  kind: 'word' | 'punct' | 'quote';
  /** For a quotation, its index among the paragraph's spans; -1 otherwise. */
  quote: number;
  /** For words: whether it is a reporting verb form, worked out once. */
  verb: boolean;
}

/** Abbreviations that keep their dot instead of ending a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col st jr sr prof rev hon capt sgt adm maj cmdr pres adv barr ' +
    'no vs inc corp co ltd jan feb mar apr aug sept sep oct nov dec ala ariz ark calif colo ' +
    'conn fla ga ill ind kan ky md mass mich minn mo mont neb nev okla ore pa tenn tex va vt ' +
    'wis wyo'
  )
    .split(' ')
    .concat(RANK_ABBREVIATIONS),
);

function wordTokens(text: string, out: Token[], verbs: boolean): void {
  // Parentheticals ("(R-Texas)", "(魏鳳和)") interrupt names and verbs without adding to them.
  // Numbers lose their thousands commas, which would split "250,000 Syrians" like a clause.
  let plain = text.includes('(') ? text.replace(/\([^()]*\)/g, ' ') : text;
  if (/\d,\d/.test(plain)) plain = plain.replace(/(\d),(?=\d{3}\b)/g, '$1');
  // Words, punctuation, spaced hyphens and line ends (scan-words.ts), read here in one loop: a
  // callback per token, and a string per mark, cost tokenizing about a third of its time.
  const n = plain.length;
  for (let i = nextToken(plain, 0); i < n; i = nextToken(plain, i)) {
    const end = tokenEnd;
    const code = plain.charCodeAt(i);
    if (code === 10) {
      out.push(FULL_STOP);
    } else if (end - i === 1 && PUNCTUATION_CODES.has(code)) {
      // "The statement read: “…”" reports what it says, where "a sign that read “…”" does not;
      // so does "The statement read in part, “…”" (not "read in part of the country, …").
      const prev = out[out.length - 1];
      if (verbs && code === 58 /* : */ && prev?.text === 'read') prev.verb = true;
      if (verbs && (code === 58 || code === 44) /* : , */ && prev?.text === 'part') {
        const read = out[out.length - 3];
        if (out[out.length - 2]?.text === 'in' && read?.text === 'read') read.verb = true;
      }
      out.push(punct(plain.charAt(i)));
    } else if (code === 45 /* - */) {
      // Words start with a letter, digit or symbol: a hyphen starts only a spaced dash.
      out.push(DASH);
    } else {
      // A plural possessive keeps its apostrophe ("Sanders’ campaign manager"): it marks a description.
      pushWord(plain.slice(i, end), out, verbs);
    }
    i = end;
  }
}

/** A word token, with the full stop it ends in as a token of its own unless it keeps its dot. */
function pushWord(token: string, out: Token[], verbs: boolean): void {
  let t = token;
  // "Trump said.Trump claimed": a full stop that lost its space still ends the sentence. Two
  // lowercase letters, the stop and two letters make five characters at least: a shorter word
  // is never searched for a stop.
  const glued = t.length >= 5 ? t.indexOf('.', 2) : -1;
  if (glued > 0 && glued < t.length - 2 && GLUED_SENTENCES.test(t)) {
    pushWord(t.slice(0, glued + 1), out, verbs);
    pushWord(t.slice(glued + 1), out, verbs);
    return;
  }
  const prev = out[out.length - 1];
  // "as Marcus put it, “Q”": the phrase reports speech though "put" alone does not; so does
  // "That was how Ana Ruiz put it." (the word still holds its full stop here), after "how" or
  // "as" ("…knows exactly where he put it." does not).
  if (verbs && prev && (prev.text === 'put' || prev.text === 'puts')) {
    if (t === 'it' || (t === 'it.' && afterHowOrAs(out))) prev.verb = true;
  }
  // "he points out" reports speech, where "percentage points" does not; so does "the host shot
  // back", where "shot" alone does not.
  if (verbs && prev && (t === 'out' || t === 'out.') && isPointing(prev.text)) prev.verb = true;
  if (verbs && prev && (t === 'back' || t === 'back.') && RETORTS.test(prev.text)) prev.verb = true;
  if (t.charCodeAt(t.length - 1) === 46 /* . */ && !keepsDot(t)) {
    t = t.slice(0, -1);
    out.push(word(t, verbs && isVerbAfter(t, prev, out)), FULL_STOP);
  } else out.push(word(t, verbs && isVerbAfter(t, prev, out)));
}

const isPointing = (w: string): boolean => /^point(s|ed|ing)?$/.test(w);

/** Verbs that report a retort with "back": "shot back", "fired back", "hit back", "snapped back". */
const RETORTS = /^(?:shot|shoots|fired|fires|hit|hits|snapped|snaps)$/;

/** Whether "how" or "as" comes among the 16 tokens before "put" ("That was how Ana Ruiz, who…, put"). */
function afterHowOrAs(out: Token[]): boolean {
  for (let i = out.length - 2; i >= 0 && i >= out.length - 17; i--) {
    const w = out[i]!.text;
    if (w === 'how' || w === 'as' || w === 'As') return true;
  }
  return false;
}

// Every token has the same fields, so the code reading them sees one shape.
const makePunct = (text: string): Token => ({ text, kind: 'punct', verb: false, quote: -1 });
// One token per mark, shared by every paragraph: nothing changes a punctuation token once made
// (only a word's `verb` is ever set), and a sixth of all tokens are marks.
const MARKS = new Map(Array.from(PUNCTUATION, (c) => [c, makePunct(c)]));
const punct = (text: string): Token => MARKS.get(text) ?? makePunct(text);
const FULL_STOP = punct('.');
const DASH = punct('—');
const PUNCTUATION_CODES = new Set(Array.from(PUNCTUATION, (c) => c.charCodeAt(0)));
const word = (text: string, verb: boolean): Token => ({ text, kind: 'word', verb, quote: -1 });

/** A lowercase word, a full stop and a capitalised word with no space: two sentences. */
const GLUED_SENTENCES = /^\p{Ll}{2,}\.\p{Lu}\p{Ll}/u;

function keepsDot(t: string): boolean {
  // Each pattern only where its characters can be: a short word, a hyphen second, an inner dot.
  return (
    (t.length <= 3 && /^\p{L}\.$/u.test(t)) ||
    // Party tags: "Mitch McConnell, R-Ky., said".
    (t.charCodeAt(1) === 45 && /^[RDI]-\p{Lu}/u.test(t)) ||
    (t.indexOf('.') < t.length - 1 && /\.\p{L}/u.test(t)) ||
    ABBREVIATIONS.has(t.slice(0, -1).toLowerCase())
  );
}

/** Words after which a verb form is a noun: "Trump’s remarks", "her emails", "a written statement". */
const DETERMINERS = new Set(
  (
    'the a an his her their its my our your this these those whose any no every such ' +
    'two three four five six seven eight nine ten several many few multiple'
  ).split(' '),
);
const PREPOSITIONS = /^(amid|of|for|with|without|about|among|despite|in|on|from)$/i;
const CONTRACTION = /^(he|she|it|that|who|there|what|here)['’]s$/i;

function isVerbAfter(word: string, prev: Token | undefined, before: Token[]): boolean {
  if (!isReportingVerb(word)) return false;
  if (prev?.kind !== 'word') return true;
  // "the United States", "Jeff Weaver Says": a capital inside a sentence makes a name.
  if (/^\p{Lu}/u.test(word)) return false;
  const p = prev.text;
  // "two says" is no clause, but "the 39-year-old says" and "the mother of two says" are.
  if (DETERMINERS.has(p.toLowerCase()) || (/^\d/.test(p) && !/-year-old$/.test(p)))
    return isParentOf(before);
  // "amid calls for", "of comments": after a preposition only a participle ("before saying") is a verb.
  if (PREPOSITIONS.test(p) && !/ing$/.test(word)) return false;
  if (!/['’]s?$/.test(p) || CONTRACTION.test(p)) return true;
  // "McDonald's said", "Moody's warns": a firm's name ends on the possessive; not "Trump's remarks".
  return /^\p{Lu}/u.test(p) && isOnlyVerb(word);
}

/** The tokens end on "mother of" and the number after it ("the mother of two"). */
function isParentOf(tokens: Token[]): boolean {
  const n = tokens.length;
  return (
    tokens[n - 2]?.text === 'of' &&
    PARENTS.test(tokens[n - 3]?.text ?? '') &&
    tokens[n - 3]?.kind === 'word'
  );
}

const PARENTS = /^(?:mother|father|mom|mum|dad|parent|grandmother|grandfather|grandparent)$/;

/** Options for `tokenizeParagraph`. */
export interface TokenizeOptions {
  /**
   * Whether to mark reporting verbs (Token.verb); default true. Without, every `verb` is false:
   * for paragraphs read only for the names they introduce, where no verb is ever asked about.
   */
  verbs?: boolean;
}

/** Tokens of a paragraph with each quotation replaced by one 'quote' token. */
export function tokenizeParagraph(
  text: string,
  spans: QuoteSpan[],
  { verbs = true }: TokenizeOptions = {},
): Token[] {
  const out: Token[] = [];
  let pos = 0;
  // "09:41 First witness today is…": a live update's time ends where the update's sentence opens.
  const stamp = liveStampEnd(text);
  if (stamp > 0 && (spans[0]?.open ?? Infinity) >= stamp) {
    wordTokens(text.slice(0, stamp), out, verbs);
    out.push(FULL_STOP);
    pos = stamp;
  }
  spans.forEach((span, i) => {
    wordTokens(text.slice(pos, span.open), out, verbs);
    endsOnSurname(out);
    out.push({ text: span.text, kind: 'quote', verb: false, quote: i });
    pos = span.close;
  });
  wordTokens(text.slice(pos), out, verbs);
  endsOnSurname(out);
  if (text.includes('Barr.')) endsOnBarr(out);
  return out;
}

/**
 * Where a live update's time opening a paragraph ends ("09:41 ", "14:48 — ", "2:16 p.m.: ")
 * before a capital or a quotation mark, else 0.
 */
export function liveStampEnd(text: string): number {
  return LIVE_STAMP.exec(text)?.[0].length ?? 0;
}

const LIVE_STAMP = /^\d{1,2}[:.]\d{2}(?:\s?[aApP]\.?[mM]\.?)?\s*[—–:-]?\s+(?=[\p{Lu}“‘"'])/u;

/**
 * "the PDP chairman, Barr. Ezekiel Gambo Kauru,": Nigeria's barristers' title keeps its dot only
 * after a comma or a sentence's end and before a name of two capitalised words; elsewhere
 * ("…said Ellen Barr. Joe had…", "said Mr. Barr. The…", "interviewed Barr. “He…”") "Barr." is
 * a surname and a full stop.
 */
function endsOnBarr(out: Token[]): void {
  for (let i = 0; i < out.length; i++) {
    if (out[i]!.text !== 'Barr.') continue;
    const prev = out[i - 1];
    const [next, after] = [out[i + 1], out[i + 2]];
    const titled =
      (!prev || prev.text === ',' || ENDS_SENTENCE.test(prev.text)) &&
      next?.kind === 'word' &&
      after?.kind === 'word' &&
      isUpper(next) &&
      isUpper(after) &&
      !OPENS_SENTENCE.test(next.text);
    if (!titled) out.splice(i, 1, word('Barr', false), FULL_STOP);
  }
}

/** Capitalised words that open a sentence rather than go on with a name: "The", "He", "In". */
export const SENTENCE_OPENERS = 'The|A|An|He|She|It|They|We|I|In|But|This|That|His|Her|Their|Its';

/** Such a word alone: "Barr. The decision…". */
const OPENS_SENTENCE = new RegExp(`^(?:${SENTENCE_OPENERS})$`);

/**
 * "…drawn up by vice-chancellor Ruma Sen.": a title's abbreviation after a capitalised word, with
 * nothing after it but a quotation or the paragraph's end, is a surname and a full stop.
 */
function endsOnSurname(out: Token[]): void {
  const last = out[out.length - 1];
  if (last?.kind !== 'word' || !last.text.endsWith('.') || !isUpper(out[out.length - 2])) return;
  const bare = last.text.slice(0, -1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(bare) || !ABBREVIATIONS.has(bare.toLowerCase()) || !isTitle(bare))
    return;
  out[out.length - 1] = word(bare, false);
  out.push(FULL_STOP);
}

const ENDS_SENTENCE = /[.!?…]['’"”)]*$/;
const isUpper = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);

/** `“Why?” Trump asked reporters.` — a reporting verb right after a quotation keeps the sentence going. */
function leadsToVerb(tokens: Token[], from: number): boolean {
  for (let i = from; i < from + 4 && i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return false;
    if (t.verb) return i > from || !/ing$/.test(t.text);
  }
  return false;
}

/** True when the token ends a sentence: a full stop, or a quotation that ends in one before a capital. */
export function endsSentence(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return true;
  if (t.kind === 'punct') return t.text === '.' || t.text === '!' || t.text === '?';
  if (t.kind === 'quote') {
    const next = tokens[i + 1];
    if (!ENDS_SENTENCE.test(t.text)) return false;
    // After a full stop only an inverted verb ("“Q.” said Trump") continues; "“Q.” The star then
    // recalled…" is a new sentence, which attributeNextSentence reads when it is short.
    const asks = /[!?…]['’"”)]*$/.test(t.text);
    if (asks ? leadsToVerb(tokens, i + 1) : next?.verb && !isUpper(next)) return false;
    return !next || next.kind === 'quote' || isUpper(next);
  }
  const next = tokens[i + 1];
  if (t.kind !== 'word' || !t.text.endsWith('.') || next?.kind !== 'quote') return false;
  // "…shouting around 2 a.m. “It sounded like a fight,” she said.": the time's dot ends the
  // sentence before a quotation (not before "Friday" or "Eastern time").
  if (/^[ap]\.m\.$/i.test(t.text)) return true;
  // "…her job at Acme Inc. “It was time,” she said.", "…across the U.S. “We cannot…,”": another
  // capitalised abbreviation's dot does before a statement, a capitalised quotation of three
  // words or more ending on its punctuation, some in lowercase; not a title's ("Sen. “Bob”
  // Smith"), nor before a name in quotation marks ("Acme Inc. “Best Widget of the Year” award",
  // "Walt Disney Co. “Star Wars: The Last Jedi,” released…"), nor "i.e." or "e.g.", which lead
  // into what follows.
  return (
    /^\p{Lu}/u.test(t.text) &&
    !isTitle(t.text.slice(0, -1)) &&
    /^\W*\p{Lu}\S*(?:\s+\S+){2,}[,.!?…]\W*$/u.test(next.text) &&
    /\s\p{Ll}/u.test(next.text)
  );
}

/** Splits paragraph tokens into sentences, as [start, end) index ranges. */
export function sentenceRanges(tokens: Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (endsSentence(tokens, i)) {
      if (i + 1 > start) ranges.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < tokens.length) ranges.push([start, tokens.length]);
  return ranges;
}

/**
 * "RENO, Nev. (AP) — Donald Trump says…": where the sentence after a dateline's place and agency
 * starts (the token after the dash), or 0 when the tokens open on no dateline.
 */
export function datelineEnd(tokens: Token[]): number {
  // The sentence may start after "Nev." or at "(AP)": its first word is capitalised throughout.
  const first = tokens.find((t) => t.kind === 'word')?.text ?? '';
  // A lowercase ASCII second letter settles most sentences without the regular expression.
  const second = first.charCodeAt(1);
  if ((second >= 97 && second <= 122) || !/^\p{Lu}{2,}$/u.test(first)) return 0;
  const dash = tokens.slice(0, 10).findIndex((t) => t.kind === 'punct' && /^[—–―-]+$/.test(t.text));
  if (dash <= 0) return 0;
  // The place, up to its comma, is in capitals throughout: "FBI Director Jim Comey — who…" is a
  // name set off by dashes, not a dateline.
  const comma = tokens.findIndex((t) => t.text === ',');
  const place = tokens.slice(0, comma > 0 && comma < dash ? comma : dash);
  const capitals = place.every((t) => t.kind !== 'word' || /^[\p{Lu}.'’-]+$/u.test(t.text));
  return capitals ? dash + 1 : 0;
}
