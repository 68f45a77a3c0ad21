/** Finding the reporting clause that attributes a quotation: after it, before it, or by a dash. */
import { wordTable } from '../text/word-table.js';
import {
  chunks,
  invertedSubject,
  isBodyNoun,
  listedBody,
  sentenceSubject,
  subjectAfter,
  subjectBefore,
} from './clauses.js';
import {
  cleanName,
  endsPossessive,
  isCap,
  isPersonNoun,
  isRoleNoun,
  isRoleWords,
  leadingName,
  officeOfHolder,
  readChunk,
  trailingName,
  type Subject,
} from './subject.js';
import type { Token } from './tokens.js';
import { isInvertibleVerb, isReportingLemma, REPORTING_VERBS } from './verbs.js';
import {
  FUNCTION_WORDS,
  KIN_NOUNS,
  ORG_NOUNS,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  WEEKDAYS,
} from './lexicon.js';
import { isFirstName, isOrgName } from '../text/names.js';

export interface Attribution {
  subject: Subject;
  /** Guessed from the sentence's subject rather than read from a reporting clause. */
  weak?: boolean;
  /** The clause after the quotation runs straight into the next one, which it may introduce instead. */
  introducesNext?: boolean;
  /** A verb set off by a comma, then its subject (", said Ann Park."): it reports the whole sentence. */
  setOff?: boolean;
}

const FILLERS = new Set(
  (
    'also has had have would will could should did does do may might then later once again ' +
    'previously recently reportedly repeatedly further simply just quickly flatly bluntly ' +
    'publicly privately separately similarly immediately often frequently always never not ' +
    'even still already ultimately finally first last earlier subsequently is was were are ' +
    'been angrily today yesterday tonight however though too instead meanwhile nonetheless ' +
    'nevertheless therefore thus indeed now since'
  ).split(' '),
);

const CLAUSE_OPENERS = /^(while|whereas|because|although|though|when|if|since|unless|until|but)$/;

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|statement|interview|speech|email|e-mail|tweet|post|twitter|facebook|instagram|letter|release|rally|debate|conference|appearance|call|video|op-ed|time|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/i;

const TIME_PREPS = /^(on|in|at|during|last|this|early|earlier|late|next|via)$/i;

const DASHES = /^[—–―]$/;

/** A clause after a quotation that starts like this belongs to the sentence, not to the quote. */
const CONJUNCTIONS =
  /^(and|but|or|while|whereas|when|as|because|after|before|though|although|since|which|who|that|so|if|until|unless|where)$/;

/** Drops auxiliaries, adverbs and time phrases between a subject and its verb. */
/** Nouns ending like an adverb: "the Marsh family said" keeps its "family". */
const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'rally', 'supply', 'monopoly']);

function stripFillers(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (;;) {
    const last = out[out.length - 1];
    if (!last) return out;
    const w = last.text.toLowerCase();
    if (
      last.kind === 'word' &&
      (FILLERS.has(w) || (/^[a-z]+ly$/.test(last.text) && !LY_NOUNS.has(w)))
    ) {
      out.pop();
      continue;
    }
    if (last.kind === 'word' && TIME_WORDS.test(w)) {
      const from = Math.max(0, out.length - 5);
      let cut = -1;
      for (let i = out.length - 2; i >= from; i--) if (TIME_PREPS.test(out[i]?.text ?? '')) cut = i;
      if (cut >= 0) {
        out.length = cut;
        continue;
      }
    }
    return out;
  }
}

const isIng = (w: string): boolean => /ing$/i.test(w);

/** A quotation ending its sentence; the last character alone, as an anchored regex scans it all. */
const quoteEndsSentence = (text: string): boolean =>
  '.!?…'.includes(text.charAt(text.length - 1) || ' ');

/**
 * Tokens up to the next quotation or sentence end. A name in marks is no quotation that ends the
 * clause: "Bill Eastland, wearing “Ted Cruz” campaign pins, said".
 */
function until(tokens: Token[], from: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (!t || (t.kind === 'quote' && !isQuotedName(t.text))) break;
    if (t.kind === 'punct' && /^[.!?;]$/.test(t.text)) break;
    out.push(t);
  }
  return out;
}

/** "Ted Cruz", "Make America Great Again": a few capitalised words with no punctuation. */
const isQuotedName = (text: string): boolean =>
  /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,4}$/u.test(text);

const usable = (s: Subject | null): s is Subject => s !== null;

/** The verbs of "was how Roe put it", "…described it", "…summed it up". */
const PUT_VERBS =
  'put|puts|described|describes|summed|sums|explained|explains|phrased|phrases|saw|sees';
const PUT_VERB = new RegExp(`^(?:${PUT_VERBS})$`);
const HOW_PUT = new RegExp(
  `^(?:was|is) how (?:\\S+ ){1,5}(?:${PUT_VERBS}) (?:it|them|the \\S+)\\b`,
);

/**
 * "“…,” police said." / "“…,” the police said.": the words after the quotation that give it to
 * the police, which the caller reads as the force the article named (the mention, or null).
 */
export function policeAfter(tokens: Token[], q: number, end: number): string | null {
  const window = until(tokens, q + 1, end);
  const at = window[0]?.text === 'the' ? 1 : 0;
  if (window[at]?.text !== 'police' || !window[at + 1]?.verb) return null;
  return at ? 'the police' : 'police';
}

/** `“Q,” said Name` / `“Q,” Name said` / `“Q,” according to Name` / `“Q” ― Name`. */
export function attributeAfter(tokens: Token[], q: number, end: number): Attribution | null {
  let window = until(tokens, q + 1, end);
  // Words running straight into the next quotation, with no comma or colon before it.
  const beforeQuote = tokens[q + 1 + window.length]?.kind === 'quote';
  const intoQuote = beforeQuote && window[window.length - 1]?.kind === 'word';
  // "“Why now?” Mills then writes back, “You look cute.”": a clause ending in a colon right before
  // the next quotation introduces that one, and so does one ending in a comma after a finished
  // sentence (after "“A,” she says," the quotation goes on instead).
  const last = window[window.length - 1]?.text ?? '';
  const finished = quoteEndsSentence(tokens[q]?.text ?? '');
  const introducing = beforeQuote && (last === ':' || (last === ',' && finished));
  if (
    window[0]?.kind === 'punct' &&
    DASHES.test(window[0].text) &&
    /^\p{Lu}/u.test(window[1]?.text ?? '')
  ) {
    // "“Q” — Ruth Okafor’s words at Monday’s briefing": whose words the dash gives.
    const at = window.findIndex((t, i) => i > 0 && i < 5 && isPossessive(t));
    const owned =
      at > 0 &&
      window.slice(1, at).every((t) => isOwnerWord(t)) &&
      isSpeechNoun(window[at + 1]?.text ?? '');
    const subject = owned ? ownerAt(window, at) : subjectAfter(window.slice(1));
    return subject?.kind === 'name' ? { subject } : null;
  }
  while (window[0]?.kind === 'punct') window = window.slice(1);
  // "“…for the long run!” She replied that…": a capitalised pronoun after a finished quotation
  // starts the next sentence.
  if (/^(He|She|They|We|I)$/.test(window[0]?.text ?? '') && finished) return null;
  const words = window.map((t) => t.text.toLowerCase());
  // "“Q,” was how Roe put it.", "…, is how the mayor described it": the subject after "how".
  // "…, was how one senior official put it": someone unnamed, and no one before.
  if (/^(was|is)$/.test(words[0] ?? '') && words[1] === 'how' && HOW_PUT.test(words.join(' '))) {
    const verb = window.findIndex((t, i) => i > 2 && PUT_VERB.test(t.text));
    const subject = subjectAfter(window.slice(2, verb > 2 ? verb : undefined));
    const mention = window
      .slice(2, verb > 2 ? verb : 3)
      .map((t) => t.text)
      .join(' ');
    return { subject: usable(subject) ? subject : { kind: 'nominal', mention } };
  }
  if (words[0] === 'according' && words[1] === 'to') {
    const subject = subjectAfter(window.slice(2));
    return usable(subject) ? { subject } : null;
  }
  const v = window.findIndex((t, i) => i < 30 && t.verb === true);
  if (v < 0) return null;
  const verb = window[v]?.text ?? '';
  // "“a very decent man” Tuesday, hours after the staffer was charged": a passive verb's subject
  // is no speaker ("was quoted as saying" still reports).
  if (isPassive(window, v)) return null;
  // "“Q” in the 2008 primary, said Paul Beck": a verb set off by a comma puts its subject after it.
  const inverted =
    v > 0 && window[v - 1]?.text === ',' && isInvertibleVerb(verb)
      ? invertedSubject(window.slice(v + 1))
      : null;
  // "“Q,” in sharp contrast to past elections when campaigns did that, says Ann Park, a professor.":
  // from afar, only such a verb with the named speaker ending the sentence attributes.
  if (v >= 12 && chunks(window.slice(0, v)).length < 2) {
    if (inverted?.kind === 'name') return { subject: inverted, setOff: true };
    // "“Q,” experts Dan Reed and Ann Park of the Institute for Science and Security wrote": a long
    // subject still is one when it opens on the people it names.
    const long = subjectBefore(window.slice(0, v));
    const opens =
      long?.kind === 'name' &&
      /^(of|at|with) /.test(long.descriptor ?? '') &&
      long.mention.startsWith(window[0]?.text ?? ' ');
    // "“Q,” a spokesperson for the Department of Agriculture, Food and the Marine said": a voice
    // for a body whose name is long.
    const voice = long?.kind === 'nominal' && LONG_VOICE.test(long.mention);
    if (long && (opens || voice)) return { subject: long };
    // "“Q,” Chairman of the Board of Directors of Kumtor Gold Company Tengiz Bolturuk said": a
    // long office, what it is of, and its holder's name right before the verb.
    const held = window.slice(0, v).every((t) => t.kind === 'word')
      ? officeOfHolder(window.slice(0, v).map((t) => t.text))
      : null;
    return held ? { subject: held } : null;
  }
  // "the “kind of problems” Sanders had answering…": a participle reports only after "is"/"was".
  if (isIng(verb) && v > 0 && !/^(is|was|are|were)$/i.test(window[v - 1]?.text ?? '')) return null;
  if (inverted) return { subject: inverted, setOff: true };
  if (v === 0) {
    if (isIng(verb)) return null;
    // "the “fear-mongering” offered at the convention": a phrase after a preposition is no subject.
    if (PREPOSITIONS.has(words[1] ?? '')) return null;
    const subject = subjectAfter(window.slice(1));
    return usable(subject) ? { subject } : null;
  }
  // "“glow in the dark,” for instance, and Trump vowed to “bomb…”": a coordinated clause whose
  // words after the verb run into the next quotation may be that one's, not this one's.
  const introducesNext =
    introducing ||
    (intoQuote &&
      v < window.length - 1 &&
      window.slice(0, v).some((t) => /^(and|but)$/.test(t.text)));
  const found = (subject: Subject): Attribution =>
    introducesNext ? { subject, introducesNext } : { subject };
  // "“Q” as donors waited, he said.": a clause closing the sentence attributes all of it.
  const closing = closingClause(window, v);
  if (closing) return found(closing);
  const first = window[0]?.text ?? '';
  // "“Q,” as Cruz said on Monday": "as" and a short clause attribute what came before.
  if (first === 'as' && v <= 3) {
    const subject = subjectBefore(window.slice(1, v));
    return subject && subject.kind !== 'nominal' ? found(subject) : null;
  }
  if (CONJUNCTIONS.test(first)) return null;
  // "“an artful smear” over her links while Sanders suggests…": a new clause, not an attribution.
  if (window.slice(1, v).some((t) => CLAUSE_OPENERS.test(t.text))) return null;
  const subject = subjectBefore(stripFillers(window.slice(0, v)));
  if (!usable(subject)) return null;
  // "“Q” in comparison to Obama, Gingrich said": a lowercase start needs a named subject.
  const strict =
    !/^(\p{Lu}|(a|an|the|one|another|his|her|their|its|my|our|he|she|they|we|it)$)/u.test(first);
  return strict && subject.kind === 'nominal' ? null : found(subject);
}

/**
 * "Interfax quoted Deputy Energy Minister Ivan Petrov as saying: “Q”", "The statement quoted
 * ministry spokesman Mohamed Ghanem as saying that…": whom an outlet or a document quotes, not
 * the outlet; a name between "quoted" (or "cited") and "as saying", not after a passive.
 */
function quotedAsSaying(window: Token[]): Subject | null {
  const as = window.findLastIndex(
    (t, i) =>
      t.text === 'as' && /^(?:saying|telling|stating|writing)$/.test(window[i + 1]?.text ?? ''),
  );
  if (as < 0) return null;
  // The clause the quotation belongs to: no verb of its own between "as saying" and the quotation
  // ("…quoted Petrov as saying flows were normal, but Kupriyanov told reporters: “Q”").
  if (window.slice(as + 2).some((t) => t.kind === 'word' && t.verb)) return null;
  const by = window.findLastIndex(
    (t, i) => i < as && /^(?:quoted|cited|quoting|citing)$/.test(t.text),
  );
  if (by < 0 || as - by < 2 || as - by > 12) return null;
  // Not a passive's ("One local was quoted in the article as saying"): its subject is quoted.
  // Nor a relative clause's ("denied a TASS report that quoted Petrov as saying…: “Q”").
  if (/^(?:is|was|were|are|been|being|that|which|who)$/.test(window[by - 1]?.text ?? ''))
    return null;
  // A name written as one: not "lawyers for Elon Musk", "supporters of Imran Khan" (a preposition
  // before the first capital), nor "Trump aides", "Pentagon officials" (a lowercase end, where no
  // description is set off by commas); their words are not the public figure's.
  const chunk = window.slice(by + 1, as);
  const capital = chunk.findIndex((t) => /^\p{Lu}/u.test(t.text));
  if (capital < 0 || chunk.slice(0, capital).some((t) => PREPOSITIONS.has(t.text))) return null;
  const setOff = chunk.some((t) => t.text === ',');
  if (!setOff && !/^\p{Lu}/u.test(chunk[chunk.length - 1]?.text ?? '')) return null;
  // A name only: a description ("the president") is left to the clause's other readings.
  const subject = subjectAfter(chunk);
  return subject?.kind === 'name' && !subject.org ? subject : null;
}

/**
 * "was charged", "had been accused": the verb at `v` after a form of "be", not followed by "as";
 * "was urging" is no passive, and "was quoted" reports.
 */
function isPassive(window: Token[], v: number): boolean {
  // "was largely written": an adverb may come between.
  const adverb = /^\p{Ll}+ly$/u.test(window[v - 1]?.text ?? '') ? 1 : 0;
  const before = (window[v - 1 - adverb]?.text ?? '').toLowerCase();
  const verb = window[v]?.text ?? '';
  return (
    /^(is|are|was|were|be|been|being)$/.test(before) &&
    !isIng(verb) &&
    !REPORTED_PASSIVE.test(verb) &&
    window[v + 1]?.text !== 'as'
  );
}

/** A spokesperson "for" or "of" a body, opening a subject: "a spokeswoman for the Ministry of…". */
const LONG_VOICE = /^(?:a|an|the) (?:spokes(?:person|man|woman)|representative) (?:for|of) /i;

/** Passives that still report their subject's words: "X was quoted by Interfax as saying". */
const REPORTED_PASSIVE = /^(quoted|reported|heard|overheard|recorded|cited)$/i;

/** The subject of a short `, he said (on Monday)` that ends the sentence after a comma. */
function closingClause(window: Token[], v: number): Subject | null {
  // Not a comma inside a body's name ("Immigration, Refugees and Citizenship Canada said").
  const comma = window.findLastIndex(
    (t, i) => i < v && t.text === ',' && listedBody(window, i) < 0,
  );
  if (comma < 0 || v - comma > 10 || window.length - v > 5) return null;
  const clause = window.slice(comma + 1, v);
  const subject = subjectBefore(stripFillers(clause));
  // "…, Justice Department senior trial counsel Ann Park wrote in a filing.": a longer clause
  // closes the sentence only with a name at its end.
  if (v - comma > 5 && !(subject?.kind === 'name' && rolesBefore(clause, subject))) return null;
  return subject && subject.kind !== 'nominal' ? subject : null;
}

/** "Justice Department senior trial counsel Ann Park": only role words before the name. */
function rolesBefore(clause: Token[], subject: Subject): boolean {
  const words = clause.map((t) => t.text);
  return isRoleWords(words.slice(0, words.length - subject.mention.split(' ').length));
}

/** Past forms that report speech in a phrase ("shot back", "chimed in") though not listed as verbs. */
const IRREGULAR_PAST = /^(shot|put|spoke|began|threw|struck|went|got|gave|cut|broke)$/;

/**
 * `“Q,” Bennett shot back.`: after a quotation ending in a comma, a name and a past-tense verb
 * attribute it even when the verb is not a listed reporting verb.
 */
export function attributeBare(tokens: Token[], q: number, end: number): Attribution | null {
  if (!/,$/.test(tokens[q]?.text ?? '')) return null;
  const window = until(tokens, q + 1, end);
  const v = window.findIndex((t) => t.kind !== 'word' || !/^\p{Lu}/u.test(t.text));
  const verb = window[v];
  if (v <= 0 || v > 5 || verb?.kind !== 'word') return null;
  const past = /^\p{Ll}+ed$/u.test(verb.text) || IRREGULAR_PAST.test(verb.text);
  const subject = past ? subjectBefore(window.slice(0, v)) : null;
  return subject && subject.kind !== 'nominal' ? { subject } : null;
}

/** Past forms and particles that together report speech ("gave up", "stepped up" do not). */
const PHRASAL_SPEECH =
  /^(went on|carried on|pressed on|shot back|fired back|hit back|chimed in|cut in|broke in|spoke up|piped up)$/;

/**
 * "“You know, it happens, right?” Trump went on, as if…": after a question or exclamation that ends
 * its sentence, a name, a past form and a particle closing the clause (not "went on to promote").
 */
function phrasalClause(tokens: Token[]): Attribution | null {
  const v = tokens.findIndex((t) => t.kind !== 'word' || !isCap(t.text));
  const [verb, particle, after] = [tokens[v], tokens[v + 1], tokens[v + 2]];
  if (v <= 0 || v > 4 || verb?.kind !== 'word' || particle?.kind !== 'word') return null;
  if (after && after.kind !== 'punct') return null;
  if (!PHRASAL_SPEECH.test(`${verb.text} ${particle.text}`)) return null;
  const subject = subjectBefore(tokens.slice(0, v));
  return subject && subject.kind !== 'nominal' ? { subject } : null;
}

/**
 * The source an "according to X" names before a quotation, or an "In the words of X, …:" with no
 * reporting clause of its own after it ("In the words of King, …, Obama told the crowd:" is
 * Obama's); `words` are `window`'s texts in lower case.
 */
function sourcePhrase(window: Token[], words: string[]): Subject | null {
  const acc = words.lastIndexOf('according');
  if (acc >= 0 && words[acc + 1] === 'to') {
    // "According to him, “…”": the pronoun's subject form, not "according to her lawyer".
    const object = words[acc + 2];
    // Set off by its comma: "according to her “clawback” plan" is her plan's.
    // Nor before a reporting clause of its own ("According to him, the minister then said:").
    const alone = window[acc + 3]?.text === ',' && !window.slice(acc + 4).some((t) => t.verb);
    if ((object === 'him' || object === 'her') && alone)
      return {
        kind: 'pronoun',
        mention: window[acc + 2]!.text,
        name: object === 'him' ? 'he' : 'she',
      };
    return subjectAfter(window.slice(acc + 2));
  }
  const of = words.lastIndexOf('words');
  if (of < 2 || words[of - 2] !== 'in' || words[of - 1] !== 'the' || words[of + 1] !== 'of')
    return null;
  const rest = window.slice(of + 2);
  return rest.some((t) => t.verb) ? null : subjectAfter(rest);
}

/** `Name said: “Q”` / `Title Name said “Q”` / `Name called it “Q”` / `According to Name, “Q”`. */
export function attributeBefore(tokens: Token[], start: number, q: number): Attribution | null {
  let from = start;
  for (let i = q - 1; i >= start; i--) {
    const t = tokens[i];
    // "Hemsley, the co-author of “Going Viral,” about…, said": a title names, it does not end a clause.
    if ((t?.kind === 'quote' && !isTitle(t.text)) || t?.text === ';') {
      from = i + 1;
      break;
    }
  }
  // "The statement read in part, “Q”", "he said, in part: “Q”": the part is of the quotation.
  const window = withoutInPart(tokens.slice(from, q));
  const words = window.map((t) => t.text.toLowerCase());
  const according = sourcePhrase(window, words);
  // "said that according to its analysis, “Q”": a description defers to a named reporting clause.
  if (according && according.kind !== 'nominal') return { subject: according };
  // "Pollsters agree — Carl Bialik: “Q”": a bare name after a dash and before a colon is a byline.
  const byline = window.findLastIndex((t) => t.kind === 'punct' && DASHES.test(t.text));
  const signed = byline >= 0 ? colonSpeaker(window.slice(byline + 1)) : null;
  if (signed && window.slice(byline + 1, -1).every((t) => /^\p{Lu}/u.test(t.text))) return signed;
  const cited = quotedAsSaying(window);
  if (cited) return { subject: cited };
  let reported = false;
  for (let v = window.length - 1; v >= 0; v--) {
    const t = window[v];
    if ((!t?.verb && !afterModal(window, v)) || inSubordinate(window, v)) {
      const owner = t && window[v - 1]?.text === 'to' ? infinitiveSubject(window, v) : null;
      if (owner && t) return { subject: owner };
      continue;
    }
    if (!t) continue;
    reported = true;
    if (isIng(t.text)) {
      const owner = participleSubject(window, v);
      if (owner) return { subject: owner };
      // "he began by saying, “Q”": after "by", the participle's subject is the clause's pronoun.
      const by = window[v - 1]?.text === 'by' ? clausePronoun(window.slice(0, v - 1)) : null;
      if (by) return { subject: by };
      // Else ("…, saying “Q”") it takes the subject of the clause it hangs from.
      continue;
    }
    if (window[v - 1]?.text === ',' && isInvertibleVerb(t.text) && !saysOf(window, v)) {
      const inverted = invertedSubject(window.slice(v + 1));
      if (inverted) return { subject: inverted };
    }
    // Passive: "Sanders was asked by host Bill Maher, “Q”" — the agent speaks; but in "Bush
    // interjected by hitting Trump for…" "by" opens a gerund, and the subject speaks.
    if (window[v + 1]?.text === 'by' && !isIng(window[v + 2]?.text ?? '')) {
      const agent = subjectAfter(window.slice(v + 2));
      if (agent?.kind === 'name') return { subject: agent };
      // "…was described by the coach as “…”": a description the article resolves, as a name.
      const as = window.findIndex((w, i) => i > v + 2 && w.text === 'as');
      const described = as > 0 ? readChunk(window.slice(v + 2, as).map((w) => w.text)) : null;
      if (described?.kind === 'nominal' && /^the\s/i.test(described.mention))
        return { subject: described };
    }
    // "Doe was called “Q” by Tom Reed": a passive verb's agent after the quotation.
    const agent = v >= window.length - 2 ? agentAfter(window, v, tokens, q) : null;
    if (agent) return { subject: agent };
    const subject = subjectOf(window.slice(0, v));
    // "it was announced that…", "It was written by a team": no one's "it" speaks in a passive.
    if (subject?.kind === 'pronoun' && subject.name === 'it' && isPassive(window, v))
      return { subject: { ...subject, passive: true } };
    if (usable(subject)) return outerClause(window, v) ?? { subject };
    // "…, called the KKK “abhorrent”": after a comma only a verb that inverts puts its subject
    // after it; other verbs are followed by their object.
    const opens =
      opensInverted(window, v) || (window[v - 1]?.kind === 'punct' && isInvertibleVerb(t.text));
    const inverted = opens ? subjectAfter(window.slice(v + 1)) : null;
    if (inverted?.kind === 'name') return { subject: inverted };
  }
  if (according) return { subject: according };
  const colon = colonSpeaker(window);
  // "Clinton shared her anxiety with an audience, “Q”" (or a colon, or a dash): a clause that
  // introduces a quotation.
  const introduces = /^[,:—–―]$/.test(window[window.length - 1]?.text ?? '');
  if (colon || (!reported && !introduces)) return colon;
  const subject = sentenceSubject(tokens.slice(start, q).filter((t) => t.kind !== 'quote'));
  if (subject) return { subject, weak: true };
  // "The 29-year-old played down her role: “Q”", "The minister was blunt: “Q”": a clause opening
  // on someone the article described, ending on a colon before the quotation.
  const colonEnds = window[window.length - 1]?.text === ':';
  // "Asked how the team felt, the flight director was candid:": after a question's clause too.
  // The last comma before "the" ends the question ("Asked whether, in hindsight, the launch had
  // been rushed, the flight director was candid:").
  const comma = CLAUSE_OPENER.test(window[0]?.text ?? '')
    ? window.findLastIndex((t, i) => t.text === ',' && /^the$/i.test(window[i + 1]?.text ?? ''))
    : -1;
  const clause = comma > 0 ? window.slice(comma + 1) : window;
  // A body's statement only from the whole clause: "In response, the school issued the following
  // statement:" found a pupil for "the school" in a SQuAD article when read after the opener.
  const described = colonEnds ? (describedOpener(clause) ?? bodyIssued(window)) : null;
  return described ? { subject: described, weak: true } : null;
}

/**
 * A participle or preposition opening a clause about a question put to someone, or where or when
 * they spoke: "Asked…", "Speaking to journalists at his residence on Saturday, the village head
 * was blunt:", "At the signing ceremony, the governor was blunt:".
 */
const CLAUSE_OPENER =
  /^(?:Asked|Pressed|Questioned|Quizzed|Challenged|Speaking|Addressing|Responding|Writing|At|In|On|During|After|Outside)$/;

/**
 * "The company issued a statement: “Q”", "The authority has just issued an update:": a body by
 * its noun opening a clause that says it put out words of its own, ending on a colon before the
 * quotation.
 */
function bodyIssued(window: Token[]): Subject | null {
  const words = window.map((t) => t.text);
  if (!isBodyNoun(words.slice(0, 2))) return null;
  if (!ISSUED.test(words.slice(2, -1).join(' '))) return null;
  const found = readChunk(words.slice(0, 2));
  return found?.kind === 'nominal' ? found : null;
}

/**
 * A body's putting out its words: "issued a statement", "has just released an update"; not
 * someone else's passed on ("shared a response from its founder").
 */
const ISSUED =
  /^(?:has |have |had )?(?:just |also |later |earlier )?(?:issued|released|published|posted|put out|shared|sent out)\b(?! by\b).{0,40}\b(?:statement|update|message|notice|advisory|warning|response|note)\b(?![^,]*\bfrom\b)[^,]{0,30}$/;

/**
 * The description of one person a clause opens on, "the" and up to three words before a noun for
 * a person or an age ("The 29-year-old", "The grandmother", "The new minister"), then its verb
 * of saying or being (DESCRIBED_VERB); null otherwise.
 */
function describedOpener(window: Token[]): Subject | null {
  if (!/^the$/i.test(window[0]?.text ?? '')) return null;
  for (let end = 2; end <= 4 && end < window.length; end++) {
    const words = window.slice(0, end);
    if (words.some((t) => t.kind !== 'word')) return null;
    const head = words[end - 1]!.text;
    // "the couple were firm:", "the pair were adamant:" too: two people the article named.
    const pair = end === 2 && /^(?:couple|pair)$/.test(head);
    if (!/^\d{1,3}-year-old$/.test(head) && !isPersonNoun(head) && !pair) continue;
    // Its verb, of saying or being ("was blunt", "played down her role"), not of hearing from
    // someone else ("then received a second message from him:").
    const verb = window[end]?.text ?? '';
    if (!/^\p{Ll}/u.test(verb) || !DESCRIBED_VERB.test(verb) || HEARS.test(verb)) return null;
    const found = readChunk(words.map((t) => t.text));
    return found?.kind === 'nominal' ? found : null;
  }
  return null;
}

/**
 * A verb's forms after a described opener: "was", "is", "seemed", "had" ("the pensioner had a
 * simple answer:"), "put" ("the former minister put it more bluntly still:"), "held" ("The judge
 * held:"), or a past or present tense.
 */
const DESCRIBED_VERB =
  /^(?:was|is|were|are|had|put|held|gave|took|struck|seemed|sounded|remained|stayed|\p{Ll}+ed|\p{Ll}+s)$/u;
/** Verbs of receiving another's words: the quotation is theirs, not the subject's. */
const HEARS = /^(?:received|receives|heard|hears|got|gets|read|reads|recalled|recalls)$/;

/** A clause's tokens without "in part" (and its comma) before the comma or colon that ends it. */
function withoutInPart(window: Token[]): Token[] {
  const n = window.length;
  const end = window[n - 1]?.text ?? '';
  if (n < 4 || !/^[,:]$/.test(end)) return window;
  if (window[n - 3]?.text !== 'in' || window[n - 2]?.text !== 'part') return window;
  const before = window[n - 4]?.text === ',' ? n - 4 : n - 3;
  return [...window.slice(0, before), window[n - 1]!];
}

/**
 * "footage of Hillary Clinton asking, “Q”", "with Gorka noting the absurdity of “Q”": the name right
 * before a participle is its subject when the participle introduces the quotation or follows "with";
 * in "a letter to Lynch asking the department to investigate the “fiasco”" it is only an addressee.
 */
function participleSubject(window: Token[], v: number): Subject | null {
  const before = stripFillers(window.slice(0, v));
  const owner = trailingName(before);
  if (!owner) return null;
  const lead = before[before.length - owner.mention.split(' ').length - 1]?.text ?? '';
  return window.length - v <= 3 || /^with$/i.test(lead) ? owner : null;
}

/** The name after "by" right after the quotation, when the verb before it is passive. */
function agentAfter(window: Token[], v: number, tokens: Token[], q: number): Subject | null {
  const passive = /^(was|were|been|being|is|are|be)$/i.test(window[v - 1]?.text ?? '');
  if (!passive || !/ed$|^(told|written|said)$/.test(window[v]?.text ?? '')) return null;
  if (tokens[q + 1]?.text !== 'by') return null;
  const agent = subjectAfter(until(tokens, q + 2, tokens.length));
  return agent?.kind === 'name' ? agent : null;
}

/** "NBC News will accuse you of a “freak out”": a reporting verb's bare form after a modal. */
function afterModal(window: Token[], v: number): boolean {
  const modal = window[v - 1]?.text ?? '';
  return (
    /^(will|would|could|can|may|might|should|must|did|does|do)$/.test(modal) &&
    isReportingLemma(window[v]?.text ?? '')
  );
}

/**
 * "with Lewandowski taking to Twitter to call Fields “Q”", "Cuban went on to call Cruz “Q”": a
 * reporting verb after "to" is said by the name or pronoun opening its clause (after "with" or
 * "and", and role words at most), not by someone the clause names further on.
 */
function infinitiveSubject(window: Token[], v: number): Subject | null {
  const verb = window[v]?.text ?? '';
  if (!isReportingLemma(verb) || /^(not|never)$/.test(window[v - 2]?.text ?? '')) return null;
  // "from state to state and…": a noun, where a verb goes on to its object or the quotation.
  const next = window[v + 1];
  if (window[v - 2]?.text === verb || FUNCTION_WORDS.has(next?.text ?? '')) return null;
  if (next?.kind === 'punct' && !/^[,:]$/.test(next.text)) return null;
  const from = window.findLastIndex((t, i) => i < v && t.kind !== 'word') + 1;
  let words = window.slice(from, v - 1).map((t) => t.text);
  if (/^(with|and|but)$/i.test(words[0] ?? '')) words = words.slice(1);
  const subject = leadingName(words);
  if (subject?.kind === 'pronoun') return subject;
  if (subject?.kind !== 'name') return null;
  const at = words.indexOf(subject.mention.split(' ')[0] ?? '');
  return at >= 0 && isRoleWords(words.slice(0, at)) ? subject : null;
}

/**
 * "Steve Huhn, a former vice president, said Fiorina “was heavily involved”": a name running straight
 * into the quotation is what the speaker before the verb says it of, not an inverted speaker.
 */
function saysOf(window: Token[], v: number): boolean {
  if (window[window.length - 1]?.kind !== 'word') return false;
  const outer = subjectOf(window.slice(0, v));
  return outer !== null && outer.kind !== 'nominal';
}

/** A quoted title set off by commas: a few words, every longer one capitalised ("Going Viral,"). */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const titled = words.every((w) => w.length <= 3 || /^\p{Lu}/u.test(w));
  return text.endsWith(',') && words.length <= 4 && titled;
}

/** The last "he" or "she" of a clause (no punctuation after it), as its subject. */
function clausePronoun(tokens: Token[]): Subject | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') return null;
    const w = t.text.toLowerCase();
    if (w === 'he' || w === 'she') return { kind: 'pronoun', mention: t.text, name: w };
  }
  return null;
}

const TIME_CLAUSE = /^(after|before|when|while|as|once|until)$/i;

/**
 * "Rep. Ann Park said Reed called on members to be “Q”": a reporting clause inside what another
 * named source said is part of that source's account, so the quotation goes to the outer speaker
 * (as PolNeAR's annotators give it). Only within one clause: punctuation between the verbs ends it.
 */
function outerClause(window: Token[], v: number): Attribution | null {
  for (let u = 0; u < v; u++) {
    const t = window[u];
    if (!t?.verb || isIng(t.text) || inSubordinate(window, u)) continue;
    const between = window.slice(u + 1, v);
    // "Park refers to him as “Mr. Reed,” while Reed refers to her as “Q”": the outer verb's own
    // quotation between the verbs closes its clause.
    if (between.some((x) => x.kind === 'punct' || x.kind === 'quote')) return null;
    // "Axelrod tweeted after Clinton argued that “Q”": a clause opened by "after" or "when" right
    // after the verb says when it happened, not what the outer speaker reported.
    if (TIME_CLAUSE.test(between[0]?.text ?? '')) return null;
    const subject = subjectOf(window.slice(0, u));
    return subject && subject.kind !== 'nominal' ? { subject } : null;
  }
  return null;
}

// Not "as": "As Earnest explained, …" attributes.
const SUBORDINATE =
  /^(when|after|before|while|if|although|though|since|because|once|until|unless|whether)$/i;

/**
 * "When Trump suggested X, Rubio fired back: “Q”": a verb in an opening clause is not the main one;
 * nor is one in a relative clause set off by commas ("whether the plan, which the Tax Foundation
 * estimates would cost $1 billion, would risk “Q”").
 */
function inSubordinate(window: Token[], v: number): boolean {
  const start = window.findLastIndex((t, i) => i < v && t.text === ',') + 1;
  const opener = window[start]?.text ?? '';
  return (
    (SUBORDINATE.test(opener) || (start > 0 && isRelative(opener))) &&
    window.some((t, i) => i > v && t.text === ',' && i < window.length - 1)
  );
}

/** A relative pronoun in any case; a word not starting with "w" is settled without a regex. */
const isRelative = (w: string): boolean =>
  (w.charCodeAt(0) | 32) === 119 && /^(who|whom|whose|which)$/i.test(w);

/** Drops a relative clause before the verb: "Trump, who said X, called it" → "Trump,". */
function clauseTail(tokens: Token[]): Token[] {
  const rel = tokens.findIndex((t) => isRelative(t.text));
  if (rel <= 0 || tokens[rel - 1]?.text !== ',') return tokens;
  // "Speaking in Leeds, which hosts the vote, Reed described": the subject follows the clause.
  const close = tokens.findIndex((t, i) => i > rel && t.text === ',');
  const rest = close > 0 ? chunks(tokens.slice(close + 1)) : [];
  if (rest.length === 1) {
    const after = readChunk(rest[0] ?? []);
    if (after?.kind === 'name') return tokens;
  }
  // "When asked about the attacks, which were seen as a failure, de Blasio said": the relative
  // clause belongs to the opening clause, and the subject comes after it.
  return SUBORDINATE.test(tokens[0]?.text ?? '') ? tokens : tokens.slice(0, rel);
}

const EMBEDDING = /^(which|that|who|whom|what|as|where|when|while|if|because|whether|how)$/i;

/** The subject of a verb from the words before it, looking into "which Will claims" / "what she called". */
function subjectOf(left: Token[]): Subject | null {
  const trimmed = stripFillers(left);
  for (let r = trimmed.length - 1; r >= 0 && r >= trimmed.length - 6; r--) {
    if (!EMBEDDING.test(trimmed[r]?.text ?? '')) continue;
    const inner = trimmed.slice(r + 1);
    if (inner.length > 0 && inner.every((t) => t.kind === 'word')) {
      const subject = readChunk(inner.map((t) => t.text));
      if (subject && subject.kind !== 'nominal') return subject;
    }
    break;
  }
  return subjectBefore(stripFillers(clauseTail(left)));
}

/** "On coach Brett Halvorsen:": an interview's topic, from the paragraph's start to a colon. */
export function isTopicLabel(lead: Token[]): boolean {
  return (
    /^(On|About|Regarding)$/.test(lead[0]?.text ?? '') &&
    lead[lead.length - 1]?.text === ':' &&
    lead.length <= 7 &&
    lead.every((t) => t.kind !== 'quote' && !t.verb)
  );
}

/** Transcript style: `PENCE: “Q”` / `Trump on Twitter: “Q”`. */
function colonSpeaker(window: Token[]): Attribution | null {
  if (window[window.length - 1]?.text !== ':') return null;
  // An interview laid out by topic ("On coach Brett Halvorsen: “Q”"): the topic is no speaker.
  if (isTopicLabel(window)) return null;
  let body = stripFillers(window.slice(0, -1));
  const cut = body.findLastIndex((t) => t.kind === 'punct');
  if (cut >= 0) body = body.slice(cut + 1);
  // "…doesn’t surprise Republican pollster Daron Shaw: “Q”": a full name right before the colon.
  if (body.length > 5) {
    const named = trailingName(body);
    const size = named?.mention.split(' ').length ?? 0;
    // "…broke it down to the Dutch newspaper NRC Handelsblad:": after "to", whom it was told.
    const told = body.slice(-size - 4, -size).some((t) => /^(to|with)$/i.test(t.text));
    return named?.kind === 'name' && size >= 2 && !told ? { subject: named } : null;
  }
  if (body.length === 0) return null;
  // Roundups: "More from Jones: “Q”", "From Ann Park: “Q”"; but "From Bush’s Facebook post:" is
  // the possessive's.
  const from = body.findIndex((t) => /^from$/i.test(t.text));
  const named = body.slice(from + 1).every((t) => isCap(t.text) && !endsPossessive(t.text));
  if (from >= 0 && from <= 1 && named && (from === 0 || body[0]?.text === 'More')) {
    const source = subjectAfter(body.slice(from + 1));
    return source?.kind === 'name' ? { subject: source } : null;
  }
  // Interview layouts: "A: “…”" is the answer of the person interviewed.
  if (body.length === 1 && body[0]?.text === 'A' && window.length === 2)
    return { subject: { kind: 'pronoun', mention: 'A', name: 'a:' } };
  const subject = subjectBefore(body);
  return subject?.kind === 'name' ? { subject } : null;
}

/** A short next sentence that only attributes: `“Q.” Trump said on Monday.` */
export function attributeNextSentence(tokens: Token[]): Attribution | null {
  if (tokens.some((t) => t.kind === 'quote')) return null;
  const source = quoteOfName(tokens);
  if (source) return { subject: source };
  const phrasal = phrasalClause(tokens);
  if (phrasal) return phrasal;
  const v = tokens.findIndex((t) => t.verb === true);
  // "“Q.” So says Jane Roe.": the verb inverted after "So", its subject after it.
  // Not "So say Liberal insiders": a capitalised word before a common noun is no one's name.
  // "So said Montreal Alouettes head coach Antoine Desrosiers after the game": a title's words may
  // come first, and when or where it was said after.
  if (v === 1 && /^(So|Thus)$/.test(tokens[0]?.text ?? '')) {
    const rest = tokens.slice(2);
    // Not "So said a spokesperson for Transport Minister Anita Anand": someone speaking for her.
    const lead = rest.slice(
      0,
      rest.findIndex((t) => isCap(t.text)),
    );
    if (lead.some((t) => /^(?:a|an|for|of|to|with|from)$/.test(t.text))) return null;
    const end = titledNameEnd(rest);
    const after = rest[end];
    // "So said Ontario’s Minister of Municipal Affairs and Housing, Teresa Mancini, as…": the
    // holder set off after the office's title.
    const set = after?.text === ',' ? subjectAfter(rest) : null;
    const office = rest
      .slice(0, end)
      .map((t) => t.text)
      .join(' ');
    if (set?.kind === 'name' && set.descriptor === office) return { subject: set };
    const ends = !after || after.kind === 'punct' || WHEN_AFTER.test(after.text);
    const subject = end > 0 && ends ? subjectAfter(rest.slice(0, end)) : null;
    return subject?.kind === 'name' ? { subject } : null;
  }
  if (v <= 0 || isIng(tokens[v]?.text ?? '')) return null;
  const rest = tokens.slice(v + 1).filter((t) => t.kind === 'word');
  // "“Q?” Ann Park, a county chair, said of the encounter she had last week.": what follows "said
  // of" is what the quotation was about, however long; "says this while…" points back at it
  // (not "said this week that…").
  if (rest.length > 5 && !/^(of|about)$/.test(rest[0]?.text ?? '') && !saysThis(rest)) return null;
  const subject = subjectBefore(stripFillers(tokens.slice(0, v)));
  if (!subject || subject.kind === 'nominal') return null;
  // "“Q?” Miller, a retired worker from a nuclear plant, said into the phone.": a long clause
  // attributes only as a name set off by its description.
  const long = tokens.length > 12;
  if (long && !(subject.kind === 'name' && subject.descriptor && tokens[v - 1]?.text === ','))
    return null;
  return { subject };
}

/**
 * "says this while wrestling a bale", "said so in a statement": the words after the verb point at
 * the quotation; not "said this was nonsense", "said this week", "said this plan would cost".
 */
export function saysThis(rest: Token[]): boolean {
  const [pointer, next] = [rest[0]?.text, rest[1]];
  if (pointer !== 'this' && pointer !== 'so') return false;
  if (!next || next.kind === 'punct') return true;
  // "said so repeatedly", "says so himself", "said so again on Tuesday": anything but a clause's
  // verb or a noun's words after "so"; after "this" (a noun's determiner too), only when or how.
  return pointer === 'so' ? !SO_THEN_CLAUSE.test(next.text) : POINTER_THEN.test(next.text);
}

/** What may follow "says this" when "this" is the quotation: a clause of when or how it was said. */
const POINTER_THEN = /^(?:while|as|when|after|before|with|in|on|at|over|during|from|to)$/;

/** After "said so", the words of a clause it opens ("so was nonsense", "so many people"). */
const SO_THEN_CLAUSE =
  /^(?:was|is|were|are|would|will|could|should|has|had|have|did|does|do|that|the|a|an|many|much|far|long|few|little)$/;

/** "That was how", "This is what", "That was": a sentence pointing to a quotation's source. */
const POINTED_AT = /^(?:That|This)(?:[’']s| (?:was|is))(?: (how|what))?$/;

const tokenText = (tokens: Token[], n: number): string =>
  tokens
    .slice(0, n)
    .map((t) => t.text)
    .join(' ');

/**
 * Where a name after up to three lowercase words of title ends in `after` ("county commissioner
 * Ann Park"); -1 when one of those words is not one `lower` allows.
 */
function titledNameEnd(after: Token[], lower?: (word: string) => boolean): number {
  let end = 0;
  for (let count = 0, named = -1, bodies = 0; end < after.length; end++) {
    const t = after[end]!;
    if (t.kind !== 'word') break;
    if (isCap(t.text)) {
      if (named < 0) named = end;
    } else if (
      named >= 0 &&
      /^(?:of|for|and)$/.test(t.text) &&
      isCap(after[end + 1]?.text ?? '') &&
      !isFirstName(after[named]!.text)
    ) {
      // "Canadian Federation of Independent Business president Dan Kelly": a body's name goes on.
    } else if (named >= 0) {
      // "Bloc Québécois agriculture critic Marc-André Fortier", "Ipswich manager Steve Hollins":
      // a body's name, then a role, then the name; once, and not after a person's name ("NDP MP
      // Heather McPherson after prime minister Mark Carney").
      const role =
        bodies === 0 && !isFirstName(after[named]!.text) ? roleBeforeName(after, end) : end;
      if (role === end) break;
      [end, named, bodies] = [role - 1, -1, 1];
    } else if (++count > 3) break;
    else if (lower && !lower(t.text)) return -1;
  }
  return end;
}

/**
 * Where a name starts after up to three lowercase words from `from`, no preposition among them,
 * ending on a role noun; else `from`.
 */
function roleBeforeName(tokens: Token[], from: number): number {
  let j = from;
  while (
    j < from + 3 &&
    tokens[j]?.kind === 'word' &&
    /^\p{Ll}/u.test(tokens[j]!.text) &&
    !PREPOSITIONS.has(tokens[j]!.text) &&
    !/^(?:after|before|and|or|while|as)$/.test(tokens[j]!.text)
  )
    j++;
  const next = tokens[j];
  return j > from && isRoleNoun(tokens[j - 1]!.text) && next?.kind === 'word' && isCap(next.text)
    ? j
    : from;
}

/**
 * The name a pointing sentence gives after its opening words: with `manner` ("how", "what"), one
 * followed by a reporting verb or "described", or set off after a role before one ("That's how
 * the city's chief financial officer, Priya Ramnarine, described it"); else one ending the
 * sentence or set off before an -ing word ("That was police Chief Anita Marsh, wrapping up…").
 */
function pointedName(after: Token[], manner: boolean): Subject | null {
  const tells = (t: Token | undefined): boolean =>
    t?.kind === 'word' && (t.verb === true || MANNER_VERB.test(t.text));
  // "That’s how Winnipeg’s chief financial officer, Priya Ramnarine, described…": the name set
  // off after the role.
  const comma = manner ? after.slice(0, 9).findIndex((t) => t.text === ',') : -1;
  // A role "of" something names its holder ("the chief medical officer of health, Dr. X"); one
  // of someone names that someone ("the wife of the veteran forward, Mikko Saarinen,"), as a
  // relative's does.
  const of = comma > 0 ? after.slice(0, comma).findIndex((t) => t.text === 'of') : -1;
  const person = (t: Token | undefined): boolean => isPersonNoun(t?.text);
  const headOf = after[of - 1]?.text.toLowerCase() ?? '';
  const holder =
    of < 0
      ? isRoleNoun(after[comma - 1]?.text.toLowerCase())
      : !person(after[comma - 1]) && isRoleNoun(headOf) && !KIN_NOUNS.has(headOf);
  if (comma > 0 && holder) {
    const named = after.slice(comma + 1);
    const nameEnd = titledNameEnd(named);
    if (nameEnd > 0 && named[nameEnd]?.text === ',' && tells(named[nameEnd + 1])) {
      const subject = subjectAfter(named.slice(0, nameEnd));
      if (subject?.kind === 'name') return subject;
    }
  }
  // "That is how the Bible puts it": a thing, not a person, puts it so.
  if (manner && after[0]?.text === 'the') return null;
  // Without "how", only a role's words before the name ("police Chief Anita Marsh"): "That was
  // too much for Speaker Ted Arnott" is about him, not by him.
  const role = (w: string): boolean => isRoleNoun(w) || ROLE_MODIFIERS.test(w) || SIDE.test(w);
  const end = titledNameEnd(after, manner ? undefined : role);
  if (end < 0) return null;
  const next = after[end];
  // "That is Tomás Echeverría, 71, on the pleasures of playing Lear": an age may come between.
  const aged = next?.text === ',' && /^\d{1,3}$/.test(after[end + 1]?.text ?? '') ? 2 : 0;
  const then = after[end + aged + (aged ? 1 : 0)];
  const fits = manner
    ? tells(next) || (next?.text === ',' && setOffBefore(after, end + 1, tells))
    : !next ||
      (next.text === ',' && /^\p{Ll}+ing$/u.test(after[end + 1]?.text ?? '')) ||
      (aged > 0 && /^(?:on|about|\p{Ll}+ing)$/u.test(then?.text ?? '')) ||
      next.text === '.';
  if (!fits || after.slice(0, end).some((t) => endsPossessive(t.text))) return null;
  const subject = subjectAfter(after.slice(0, end));
  return subject?.kind === 'name' ? subject : null;
}

/** Words that open when or where something was said: "after the game", "on Sunday". */
const WHEN_AFTER = /^(?:after|on|at|during|while|when|before|following|in)$/;

const WEEKDAY = new RegExp(`^(?:${WEEKDAYS}|today|yesterday)$`);

/** A court's sides before a lawyer's title: "defence lawyer", "Crown attorney". */
const SIDE = /^(?:defence|defense|crown)$/;

/** How a pointing sentence's person gives the quotation: "described", "puts it", "sums up". */
const MANNER_VERB = /^(?:described|describes|summed|sums|characteri[sz]ed|puts|put)$/;

/**
 * "That is how Ezra Hall, who manages a beef plant in Lexington, describes it": whether a clause set
 * off from `from` ends in a comma before a word `tells` holds, within the sentence.
 */
function setOffBefore(
  tokens: Token[],
  from: number,
  tells: (t: Token | undefined) => boolean,
): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 25); i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote' || /^[.;!?]$/.test(t.text)) return false;
    if (t.text === ',' && i > from && tells(tokens[i + 1])) return true;
  }
  return false;
}

/**
 * "That is the view of", "This was the verdict of", "That’s the advice from", "Those are the words
 * of".
 */
const VIEW_OF = new RegExp(
  `^(?:(?:That|This)(?:[’']s| is| was)|(?:Those|These) (?:are|were)) the (?:[a-z-]+ ){0,2}?(?:view|verdict|opinion|assessment|advice|message|word|words|conclusion|warning|thoughts|comments|experience|reaction)(?: (?:${WEEKDAYS}|today))? (?:of|from)(?= )`,
);

/**
 * "“Q.” That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front page": a
 * sentence opening on the quotation's noun and "from" or "by" names whose words they were.
 */
function quoteOfName(tokens: Token[]): Subject | null {
  // "“Q.” That is the view of Jane Roe, who…": a pointer, "is the", the noun and "of".
  // Only a sentence opening on "That" or "This" is joined up to be asked.
  const pointing = /^(?:That|This|Those|These)/.test(tokens[0]?.text ?? '');
  // "That was the blunt message from…": two words may qualify the noun.
  const viewOf = pointing ? VIEW_OF.exec(tokenText(tokens, 9)) : null;
  // "That was how Councillor Bernard Oyelaran described…", "That was Chief Anita Marsh, wrapping
  // up…": whose words, by the manner or the person the sentence points to.
  const pointed = pointing
    ? (POINTED_AT.exec(tokenText(tokens, 3)) ?? POINTED_AT.exec(tokenText(tokens, 2)))
    : null;
  const named = pointed && pointedName(tokens.slice(pointed[0].split(' ').length), !!pointed[1]);
  if (named) return named;
  // "“Q.” ¶ With that, Tacoma Police Chief Ramona Eskridge opened a meeting": whom the words
  // opened (or closed) an occasion of.
  const opener = tokens[0]?.text !== 'With' ? '' : tokenText(tokens, 3);
  const words = /^With that\b/.test(opener) ? 2 : opener === 'With those words' ? 3 : 0;
  if (words > 0 && tokens[words]?.text === ',') {
    const after = tokens.slice(words + 1);
    const end = titledNameEnd(after);
    const verb = after[end];
    const acts = verb?.kind === 'word' && /^\p{Ll}+ed$/u.test(verb.text);
    const subject = end > 0 && acts ? subjectAfter(after.slice(0, end)) : null;
    return subject?.kind === 'name' ? subject : null;
  }
  // "The comments came from Lucia Ferrante, …": whence they came.
  // "That warning came Tuesday from X": a day may come between.
  const came = tokens[2]?.text === 'came' ? (WEEKDAY.test(tokens[3]?.text ?? '') ? 2 : 1) : 0;
  const skip = viewOf ? viewOf[0].split(' ').length : 3 + came;
  const [pointer, noun, from] = [0, 1, 2 + came].map((i) => tokens[i]?.text);
  if (!viewOf && (!/^(That|This|The)$/.test(pointer ?? '') || !isSpeechNoun(noun ?? '')))
    return null;
  if (!viewOf && !/^(from|by)$/.test(from ?? '')) return null;
  // The name right after it, with up to three words of title ("county commissioner Ann Park"):
  // not one further on ("That statement from the company came hours after Tom Reed resigned").
  // "That was the verdict of the Nationals leader, David Pirelli, who…": the name set off after
  // its description.
  let after = tokens.slice(skip);
  const comma = after.findIndex((t) => t.text === ',');
  const setOff =
    viewOf &&
    after[0]?.text === 'the' &&
    comma > 1 &&
    comma <= 5 &&
    isCap(after[comma + 1]?.text ?? '');
  if (setOff) after = after.slice(comma + 1);
  // "The comments came from Lucia Ferrante": a name right after, not "a spokesman for X".
  if (came && !isCap(after[0]?.text ?? '')) return null;
  const end = titledNameEnd(after);
  // Set off, the name ends its clause (", who…", "."): "That was the conclusion of the review,
  // Health Minister Mark Butler told reporters" is Butler reporting it, not its author.
  if (setOff && after[end] && !/^[,.;]$/.test(after[end]!.text)) return null;
  const subject = subjectAfter(after.slice(0, end));
  // "That is the view of Ruth Okafor’s think tank": whose the thing is, not whose the view is.
  if (viewOf && after.slice(0, end).some((t) => endsPossessive(t.text))) return null;
  return subject?.kind === 'name' ? subject : null;
}

/**
 * "Stated Stone:" — a verb opening the sentence inverts, with its subject after it; but only before
 * a capitalised word: in "Asked which Iowa county…" no name follows the verb.
 */
function opensInverted(tokens: Token[], v: number): boolean {
  return v === 0 && isCap(tokens[1]?.text ?? '');
}

/** Every reporting clause in a sentence that has no quotation: `Galauskas said the trip…`. */
export function reportedSpeakers(tokens: Token[]): Subject[] {
  const out: Subject[] = [];
  tokens.forEach((t, v) => {
    if (!t.verb || isIng(t.text) || isPassive(tokens, v)) return;
    // "Stated Stone:" — an inverted clause opening the sentence; "…, noted NBC’s Dante Chinni."
    const inverted =
      tokens[v - 1]?.text === ',' && isInvertibleVerb(t.text)
        ? invertedSubject(tokens.slice(v + 1))
        : null;
    const opening = opensInverted(tokens, v) ? subjectAfter(tokens.slice(1)) : null;
    const subject = inverted ?? (v === 0 ? opening : subjectOf(tokens.slice(0, v)));
    if (subject && (v > 0 || subject.kind === 'name') && !isCaseParty(tokens, subject))
      out.push(subject);
  });
  return out;
}

/**
 * "the Whole Women’s Health v. Hellerstedt, the case before the Supreme Court which challenges…":
 * a name right after "v." or "vs." is a party in a court case's name, which is the case, not
 * someone who speaks (nor is one right before it: "Roe v. Wade").
 */
function isCaseParty(tokens: Token[], subject: Subject): boolean {
  if (subject.kind !== 'name') return false;
  const words = subject.mention.split(' ');
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (!words.every((w, k) => tokens[i + k]?.text === w)) continue;
    if (CASE_V.test(tokens[i - 1]?.text ?? '') || CASE_V.test(tokens[i + words.length]?.text ?? ''))
      return true;
  }
  return false;
}

/** The "v." or "vs." between a court case's parties. */
const CASE_V = /^(?:v|vs)\.?$/;

/**
 * The person an "according to" cites by a role and a name ("…, according to councillor Sione
 * Fuimaono."); else null: not a firm ("according to Morgan Stanley", "ProPublica"), nor a name
 * inside a document ("according to the annual report signed by chairman Mark Slevin"). Also a
 * name set off by its comma, when `knows` it as someone's surname ("According to Jumdain,
 * attendance has doubled") or a person's description follows it ("According to Harith Zulkarnain,
 * a senior commodities analyst, buyers…"; not "According to John Lewis, sales fell").
 */
export function accordingTo(tokens: Token[], knows: (word: string) => boolean): Subject | null {
  const at = accordingAt(tokens);
  const rest = at < 0 ? [] : tokens.slice(at + 2);
  const subject = subjectAfter(rest);
  if (subject?.kind !== 'name' || isOrgName(subject.name ?? '')) return null;
  const words = subject.mention.split(' ');
  const alone = words.every((w, i) => rest[i]?.text === w);
  if (alone && rest[words.length]?.text === ',') {
    const name = subject.name ?? subject.mention;
    const surname = !name.includes(' ') && knows(name);
    return surname || describesPerson(rest.slice(words.length + 1)) ? subject : null;
  }
  if (!subject.descriptor) return null;
  // The role and the name open what "according to" is followed by.
  const described = `${subject.descriptor} ${subject.mention}`.split(' ');
  return described.every((w, i) => rest[i]?.text === w) ? subject : null;
}

/**
 * "a senior commodities analyst at Seri Mutiara Futures,", "fisheries director for Tuktaqanik
 * First Nation,", "the landlord,": a description set off by commas whose first words hold a
 * person's noun.
 */
function describesPerson(after: Token[]): boolean {
  const comma = after.findIndex((t) => t.text === ',');
  // Without "a" or "an", the description is short and set off: not "According to X, sales fell".
  const article = /^(?:a|an)$/i.test(after[0]?.text ?? '');
  if (comma < 1 || (!article && comma > 8)) return false;
  return after.slice(0, Math.min(comma, 5)).some((t) => t.kind === 'word' && isPersonNoun(t.text));
}

/** Where a sentence's "according to" starts, or -1. */
export function accordingAt(tokens: Token[]): number {
  // Only a word of nine letters can match: most tokens are turned away without the pattern.
  return tokens.findIndex(
    (t, i) => t.text.length === 9 && /^according$/i.test(t.text) && tokens[i + 1]?.text === 'to',
  );
}

/** Nouns for what someone says or sends: "claim", "pledge", "warning", "assertion", "statement". */
export function isSpeechNoun(word: string): boolean {
  const w = word.toLowerCase();
  // "assertion", "statement", "accusation": the noun of a reporting verb.
  const stem = w.replace(/(ation|ion|ment)$/, '');
  return (
    REPORTING_VERBS.has(w) ||
    (stem !== w && (REPORTING_VERBS.has(stem) || REPORTING_VERBS.has(`${stem}e`))) ||
    // "response", "defense", "defence": a noun in -se or -ce of a verb in -d.
    (/[sc]e$/.test(w) && REPORTING_VERBS.has(`${w.slice(0, -2)}d`)) ||
    // Nouns for speech that are no verb's form ("remarks", "tweet", "statement" are, above).
    /^(words|letter|column|slogan|advice|message|verdict|view|take|answer|reply|explanation|assessment|conclusion|prediction|plea|mantra|motto|catchphrase|phrase|dictum|refrain|quip|retort)$/.test(
      w,
    )
  );
}

/** A capitalised word of a possessive's name: not a preposition opening the sentence. */
const isOwnerWord = (w: Token | undefined): boolean =>
  w?.kind === 'word' && isCap(w.text) && !PREPOSITIONS.has(w.text.toLowerCase());

/**
 * "Donald Trump’s claim that Obama “founded ISIS”", "Trump's pledge to be “neutral”": the name
 * whose words a possessive and a noun for speech introduce, close before the quotation (`lead`),
 * or a possessive right before it and the noun right after it (`next`, the token after it).
 */
export function possessiveSpeaker(lead: Token[], next?: Token): Subject | null {
  // "Obama's “if you like your plan, you can keep it” promise": the noun after the quotation.
  if (next?.kind === 'word' && isSpeechNoun(next.text) && isPossessive(lead[lead.length - 1]))
    return ownerAt(lead, lead.length - 1);
  const copular = copularOwner(lead);
  if (copular) return copular;
  // "From Bush’s Facebook post: “Q”": the colon introduces the quotation.
  const end = /^[,:]$/.test(lead[lead.length - 1]?.text ?? '') ? lead.length - 1 : lead.length;
  for (let i = end - 1; i >= 0 && i >= end - 8; i--) {
    const t = lead[i];
    // "Roe’s message to parents was clear:": a form of "be" may stand between the noun and the colon.
    if (!t || t.kind !== 'word' || (t.verb && !/^(was|is)$/.test(t.text))) return null;
    // "His response was blunt:", "Her message was simple:": whom the pronoun stands for.
    const pronoun = POSSESSIVE_PRONOUN[t.text.toLowerCase()];
    // "The trust’s response was blunt:": a description's possessive, after "the".
    const owner = /^(\p{Ll}{3,})['’]s$/u.exec(t.text)?.[1];
    // Only a body's or a person's noun: "The defence's argument" is no one's to name.
    const described =
      /^the$/i.test(lead[i - 1]?.text ?? '') &&
      !!owner &&
      (ORG_NOUNS.has(owner) || isRoleNoun(owner));
    if (!isPossessive(t) && !pronoun && !described) continue;
    const noun = lead.slice(i + 1, i + 4).find((n) => n.kind === 'word' && isSpeechNoun(n.text));
    // Not another's noun: "Her mother’s message was simple:" is the mother's, whom no one named.
    const owned = lead.slice(i + 1, i + 4).some((n) => /['’]s?$/.test(n.text));
    if (described) {
      const mention = `${lead[i - 1]!.text} ${t.text.slice(0, -2)}`;
      return noun && !owned && end === lead.length - 1 ? { kind: 'nominal', mention } : null;
    }
    // "his call for “a total and complete ban”": the noun right before the quotation but for a
    // "for" or "to" it takes, as a colon would introduce it; "to" only after a noun of appeal
    // ("his appeal to “…”"), not "his answer to “How many…?”", which names what he answered.
    const takes =
      i === end - 3 &&
      lead[end - 2] === noun &&
      (lead[end - 1]?.text === 'for' ||
        (lead[end - 1]?.text === 'to' && /^(?:call|plea|appeal)s?$/i.test(noun?.text ?? '')));
    if (pronoun)
      return noun && !owned && (end === lead.length - 1 || takes)
        ? { kind: 'pronoun', mention: t.text, name: pronoun }
        : null;
    // "Clinton’s broadside against “printing money”": a noun of attack and "against" right before
    // it say what the owner spoke out against, in their own words ("Murray's match against" not).
    const against =
      i === end - 3 && lead[end - 1]?.text === 'against' && ATTACKS.test(lead[end - 2]?.text ?? '');
    return noun || against ? ownerAt(lead, i) : null;
  }
  return null;
}

/**
 * "Rubio’s catch phrase in that election against Crist was that Crist “would say or do anything”",
 * "Barrett’s dictum to his interns (repeated to me over the years) was, “…”": a name's possessive
 * and a noun for speech open the subject of a "was" that closes the lead (then "that" and its
 * subject's name, or a comma), however far the noun's own phrase runs before it; an aside in
 * brackets is skipped. Not another's noun ("Her mother’s message was"), nor a verb between.
 */
function copularOwner(lead: Token[]): Subject | null {
  let end = lead.length;
  if (lead[end - 1]?.text === ',' || lead[end - 1]?.text === ':') end--;
  else {
    // "… was that Crist", "… was that the city": "that" and the few words of the clause's subject.
    for (let words = 0; words < 4 && isSubjectWord(lead[end - 1]); words++) end--;
    if (lead[end - 1]?.text !== 'that') return null;
    end--;
  }
  if (!/^(?:was|is)$/.test(lead[end - 1]?.text ?? '')) return null;
  let depth = 0;
  for (let i = end - 2, seen = 0; i >= 0 && seen < 12; i--) {
    const t = lead[i]!;
    if (t.text === ')') depth++;
    else if (t.text === '(') depth = Math.max(0, depth - 1);
    if (depth > 0 || t.text === '(' || t.text === ')') continue;
    seen++;
    if (t.kind !== 'word' || t.verb) return null;
    if (!isPossessive(t)) continue;
    const noun = lead.slice(i + 1, i + 3).find((n) => n.kind === 'word' && isSpeechNoun(n.text));
    return noun ? ownerAt(lead, i) : null;
  }
  return null;
}

/** A word of a short clause subject: no verb, and not the "that" opening the clause. */
const isSubjectWord = (w: Token | undefined): boolean =>
  w?.kind === 'word' && !w.verb && w.text !== 'that';

/** Possessive pronouns and the pronoun for their owner. */
export const POSSESSIVE_PRONOUN = wordTable<string>({ his: 'he', her: 'she', their: 'they' });

/** Nouns for speaking out against something ("broadside against", "tirade against"). */
const ATTACKS =
  /^(broadside|attack|tirade|diatribe|rant|swipe|salvo|warning|complaint|argument|case)$/i;

export const isPossessive = (t: Token | undefined): boolean =>
  t?.kind === 'word' && /^\p{Lu}.*['’]s?$/u.test(t.text);

/** The name whose possessive is `lead[i]`, with the capitalised words before it. */
export function ownerAt(lead: Token[], i: number): Subject | null {
  const words = [cleanName(lead[i]?.text ?? '')];
  // The capitalised words before it, back to a sentence-opening "From" or "In".
  for (let j = i - 1; j >= 0 && isOwnerWord(lead[j]); j--) words.unshift(lead[j]?.text ?? '');
  const subject = readChunk(words);
  return subject?.kind === 'name' ? subject : null;
}
