/**
 * Whom an interview's introduction says the paper asked: "we asked X", "the Chronicle spoke to
 * local author X", "X sat down with us", "…. She spoke to us" (SpeakerState reads an interview's
 * answers as theirs).
 */
import { escapeRegExp } from '../text/escape-regexp.js';
import type { ArticleEntities } from './entities.js';
import { DOUBLE_QUOTED } from './marks.js';
import type { ArticlePeople, Person } from './people.js';

/**
 * The person an interview's introduction says was asked, up to three paragraphs back: "we asked
 * Kenneth Ip Chun-hei, chairman of…", "the Chronicle spoke to local author Miriam Sacarello", or
 * who "sat down with us" or "talks to the Gazette" ("Farah Qureshi-Lind spent six years as a
 * paralegal. She talks to the Gazette about the route."). Not someone a question only names
 * ("whether Chief Executive John Lee's package will help"), nor the body named after them ("The
 * Sunday Times spoke to Anushka Fernando-Ratnayake, chief executive of the Colombo Tea Brokers'
 * Association"). In the latest paragraph that says someone was, the one it names first.
 */
export function introducedBy(
  paragraph: number,
  people: ArticlePeople,
  entities: ArticleEntities,
): Person | null {
  const named = people.namedBefore(paragraph);
  for (let p = paragraph - 1; p >= 0 && p >= paragraph - 3; p--) {
    const text = entities.paragraphText(p).replace(DOUBLE_QUOTED, '""');
    const found = askedIn(text, named) ?? talkingIn(text, named, entities);
    if (found) return found;
  }
  return null;
}

/**
 * Of those a paragraph says were asked ("we asked X", "spoke to local author X"), the one it
 * names first; not whom a pronoun "spoke to" ("She spoke to Dana Ellery" is the interviewer),
 * nor the one who talked with them ("Tech reporter Sam Okoro talked with… Lise Arnesen").
 */
function askedIn(text: string, named: Person[]): Person | null {
  return askedBy(text, named, false) ?? askedBy(text, named, true);
}

function askedBy(text: string, named: Person[], bySurnameOnly: boolean): Person | null {
  let best: Person | null = null;
  let bestAt = Infinity;
  const surname = (person: Person): string => person.name.slice(person.name.lastIndexOf(' ') + 1);
  for (const person of named) {
    // "We caught up with Mchedlishvili": by the surname alone, where no one else named has it,
    // and only where no one is named so in full ("spoke to Ford chief executive Jim Farley").
    const last = surname(person);
    const bySurname =
      last !== person.name && named.every((other) => other === person || surname(other) !== last);
    if (bySurnameOnly && !bySurname) continue;
    const form = bySurnameOnly ? `${escapeRegExp(last)}(?![’']s\\b)` : escapeRegExp(person.name);
    const asked = new RegExp(
      `(?:(?<!\\b(?:[Ss]he|[Hh]e|[Tt]hey) )\\b${ASKED}(?: ${DESCRIBING})?|(?:^|[.!?] )Meet) ${form}\\b`,
      'u',
    );
    const found = asked.exec(text);
    if (found && found.index < bestAt) [best, bestAt] = [person, found.index];
  }
  return best;
}

/**
 * Who a paragraph says talks to the paper: "X sat down with us", "X of Great Lakes Dairy
 * Analytics sat down with us", "X talks to the Gazette" (not "X, who spoke to the Gazette last
 * month,"); or, by a pronoun opening a sentence ("…, Ruth Ashdown-Pryce had never held a
 * government job. She spoke to us"), the person named last before it whom the pronoun fits,
 * past an abbreviation's dot ("principal of St. Aloysius Boys' School. She spoke to…"), not the
 * names of things ("…shortlisted for the Booker Prize. She spoke to us").
 */
function talkingIn(text: string, named: Person[], entities: ArticleEntities): Person | null {
  // Of those the paragraph says talk to the paper, the one it names first; only a name opening
  // its clause ("Sue Hart, who trained under Mary Berry, talked to us": not Port Vila or Mary
  // Berry; "Jim Hale, who spoke to the Gazette last month, stood down": not Jim Hale).
  let best: Person | null = null;
  let bestAt = Infinity;
  for (const person of named) {
    // "Maria Tavares sat down with the Globe" after "Maria do Céu Tavares": her first and last.
    const words = person.name.split(' ');
    const short = words.length > 2 ? `|${escapeRegExp(`${words[0]} ${words.at(-1)}`)}` : '';
    const talks = new RegExp(
      `\\b(?:${escapeRegExp(person.name)}${short})(?: of (?:the )?\\p{Lu}[\\p{L}’'&-]*(?: \\p{Lu}[\\p{L}’'&-]*){0,5}|, (?:who|whose) [^,.?!]{0,90},|, (?!who\\b|whose\\b|which\\b)[^,.?!]{0,90})?,? (?:${TALKS})`,
      'u',
    );
    const found = talks.exec(text);
    if (!found || found.index >= bestAt || notOpening(text, found.index, { setOff: false }))
      continue;
    [best, bestAt] = [person, found.index];
  }
  return best ?? talkedWithPronoun(text, named, entities);
}

/**
 * "…, Ruth Ashdown-Pryce had never held a government job. She spoke to us": the person named
 * last before the pronoun whom it fits, by gender first; "We caught up with her backstage"
 * (not "We spoke to her neighbours", nor "them", a couple).
 */
function talkedWithPronoun(
  text: string,
  named: Person[],
  entities: ArticleEntities,
): Person | null {
  const pronoun = TALKED_WITH_PRONOUN.exec(text);
  if (!pronoun) return null;
  const said = pronoun[1] ?? pronoun[2];
  const gender = /^[Ss]he$|^her$/.test(said!) ? 'f' : /^[Hh]e$|^him$/.test(said!) ? 'm' : null;
  const at = (p: Person): number => text.lastIndexOf(p.name, pronoun.index);
  const fits = named.filter(
    (p) =>
      at(p) >= 0 &&
      !notOpening(text, at(p), { setOff: true }) &&
      (!p.gender || !gender || p.gender === gender) &&
      !entities.cannotSpeak(p.name) &&
      !entities.isOrganisation(p.name),
  );
  const latest = (among: Person[]): Person | null =>
    among.reduce<Person | null>((a, b) => (!a || at(b) > at(a) ? b : a), null);
  return latest(fits.filter((p) => gender && p.gender === gender)) ?? latest(fits);
}

/**
 * Whether the name at `at` is no clause's subject: after "the" or a preposition (a work's, a
 * prize's, a place's: "adaptation of The Cherry Orchard", "the Booker Prize", "in Port Vila";
 * someone named in passing: "Twelve years after Tomasz Wiśniewski spotted her"); with `setOff`,
 * nor one set off after a noun for someone's relation, whom a later pronoun seldom means ("Ana
 * Ruiz was 14 when her coach, Maria Lopez, first saw her swim… She spoke to us"), though such
 * a name may open its own clause ("her husband, Derek Mills, spoke to us").
 */
function notOpening(text: string, at: number, { setOff }: { setOff: boolean }): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return NOT_OPENING.test(before) || (setOff && SET_OFF_RELATION.test(before));
}

/** An introduction's words for putting questions to someone: "we asked", "the Chronicle spoke to". */
const ASKED =
  '(?:asked|interviewed|caught up with|sat down with|(?:\\d+|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Tt]en) questions with|(?:spoke|spoken|talked|talks|speaks) (?:to|with))';

/** Up to four words describing whom, no clause's or phrase's: "local author", "Halden design director". */
const DESCRIBING_WORD =
  "(?!(?:about|on|after|before|and|or|whether|if|what|why|how|when|who|where|which|for|to|of|in|at|from|by|with|that)\\b)[\\p{L}’'-]+";
const DESCRIBING = `(?:${DESCRIBING_WORD} ){0,3}${DESCRIBING_WORD}`;

/**
 * The paper as whom someone talks to: "us", "this paper", any capitalised name (an outlet's,
 * "Reuters", "Arts & Culture", or its reporter's), or "the" and a publication's or desk's word
 * ("the Gazette", "the Weekend desk"; not "the President of Togo").
 */
const PAPER =
  "(?:us|me|reporters|journalists|(?:this|our) (?:paper|newspaper|reporter|correspondent|website|programme)|\\p{Lu}|the (?:\\p{Lu}[\\p{L}’'-]* )*(?:Gazette|Herald|Times|Post|Star|Sun|Mail|News|Telegraph|Chronicle|Tribune|Observer|Courier|Journal|Guardian|Independent|Express|Mirror|Record|Echo|Standard|Argus|Press|Examiner|Advertiser|Register|Sentinel|Inquirer|Bulletin|Dispatch|Globe|Review|Magazine|[Dd]esk|[Tt]eam|[Nn]ewsroom|[Pp]odcast|[Pp]rogramme|[Pp]rogram|[Ss]how))";

/** Someone talking to the paper: "sat down with us", "talks to the Gazette", "spoke to The BMJ". */
const TALKS = `(?:sat|sits) down with ${PAPER}|(?:talks|talked|speaks|spoke|chats|chatted) (?:to|with) ${PAPER}`;

/**
 * A pronoun for whom the paper talked with: "She spoke to us", "We caught up with her" (not "her
 * neighbours": "her" only before punctuation or a word saying where or when).
 */
const TALKED_WITH_PRONOUN = new RegExp(
  `[.?!] (?:(She|He) (?:${TALKS})|We (?:${ASKED}) (her(?=[.,;:!?]| (?:about|at|in|on|before|after|ahead|backstage|from|over|by|during|last|this|for|recently|yesterday|today|via|between|outside|inside|near|what|how|why|whether|if|when|where|as|again|once|first|briefly|earlier|later)\\b)|him))`,
  'u',
);

/** The end of a text before a name that opens no clause: "the", "of", "after", "her coach, "… */
const NOT_OPENING =
  /\b(?:[Tt]he|of|at|in|on|for|from|by|with|to|after|before|under|about|including|like|than) $/;

/** A noun for someone's relation set off before a name: "her coach, ", "his lawyer, ". */
const SET_OFF_RELATION = /\b(?:her|his|their|its) (?:\p{Ll}+ ){0,2}\p{Ll}+, $/u;
