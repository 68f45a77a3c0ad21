/** The people one article introduces, so "Galauskas" and "Mr. Song" find their full names. */
import { firstNameGender, fold, isOrgName, nameTokens, stripTitles } from '../text/names.js';
import type { Subject } from './subject.js';

export interface Person {
  /** The fullest form the article gives, without titles ("Marcus Galauskas"). */
  name: string;
  tokens: string[];
  org: boolean;
  gender?: 'm' | 'f';
  descriptor?: string;
  /** Paragraph indexes where the article names this person. */
  seen: number[];
}

const RUN =
  /(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)(?:\s+(?:(?:de|da|del|van|von|der|bin|al|la|le)\s+)?(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.))+/gu;

const MID_CAP = /[\p{Ll},;:]\s+(\p{Lu}[\p{L}'’-]+)/gu;

const NOISE = new Set(
  'the a an and but or so yet also then when while after before as if in on at for with by from to this that it he she they we i'.split(
    ' ',
  ),
);

/** Candidate full names in a paragraph: runs of two or more capitalised words, titles removed. */
const SENTENCE_END = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|\p{Lu}))[.!?]\s+/u;

function nameRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.split(SENTENCE_END).flatMap((s) => [...s.matchAll(RUN)])) {
    let words = m[0].replace(/['’]s?$/, '').replace(/(\p{L}{2})\.$/u, '$1').split(/\s+/);
    while (words.length > 0 && NOISE.has((words[0] ?? '').toLowerCase())) words = words.slice(1);
    while (words.length > 0 && NOISE.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
    words = stripTitles(words);
    if (words.length >= 2 && words.length <= 4) out.push(words.join(' '));
  }
  return out;
}

export class ArticlePeople {
  private readonly people: Person[] = [];
  /** Words the article capitalises inside sentences: names, not sentence starts ("Noting", "Time"). */
  private readonly midCaps = new Set<string>();

  /** Registers every multi-word name in the article, in order, before attribution starts. */
  scan(paragraphs: string[]): void {
    paragraphs.forEach((text, p) => {
      for (const name of nameRuns(text)) this.add(name, p);
      for (const m of text.matchAll(MID_CAP)) this.midCaps.add(fold(m[1] ?? ''));
    });
  }

  /** Whether a subject read as a name can be one: a capitalised sentence start must recur mid-sentence. */
  plausible(subject: Subject): boolean {
    const tokens = nameTokens(subject.name ?? subject.mention);
    return tokens.length > 1 || this.midCaps.has(tokens[0] ?? '');
  }

  /** Adds (or finds) a person by full name, noting where they were seen. */
  add(name: string, paragraph: number): Person {
    const tokens = nameTokens(name);
    const key = tokens.join(' ');
    let person = this.people.find((p) => p.tokens.join(' ') === key);
    if (!person) {
      person = { name, tokens, org: isOrgName(name), seen: [] };
      const gender = firstNameGender(name);
      if (gender) person.gender = gender;
      this.people.push(person);
    } else if (name.length > person.name.length && stripTitles(name.split(' ')).length > 1) {
      person.name = name;
    }
    if (person.seen[person.seen.length - 1] !== paragraph) person.seen.push(paragraph);
    return person;
  }

  /** The person a named subject refers to: a surname or family name finds the full name given earlier. */
  resolve(subject: Subject, paragraph: number): Person {
    const name = subject.name ?? subject.mention;
    const tokens = nameTokens(name);
    let person: Person | undefined;
    if (tokens.length === 1) person = this.bySingleToken(tokens[0] ?? fold(name), paragraph);
    person ??= this.add(name, paragraph);
    if (person.seen[person.seen.length - 1] !== paragraph) person.seen.push(paragraph);
    if (subject.gender) person.gender = subject.gender;
    if (subject.descriptor && !person.descriptor) person.descriptor = subject.descriptor;
    return person;
  }

  private bySingleToken(token: string, paragraph: number): Person | undefined {
    const recency = (p: Person): number => {
      const before = p.seen.filter((s) => s <= paragraph);
      return before.length > 0 ? Math.max(...before) : -1000 - Math.min(...p.seen);
    };
    const pick = (match: (p: Person) => boolean): Person | undefined =>
      this.people
        .filter((p) => p.tokens.length > 1 && match(p))
        .sort((a, b) => Number(a.org) - Number(b.org) || recency(b) - recency(a))[0];
    return (
      pick((p) => p.tokens[p.tokens.length - 1] === token) ??
      pick((p) => p.tokens[0] === token) ??
      this.people.find((p) => p.tokens.length === 1 && p.tokens[0] === token)
    );
  }
}
