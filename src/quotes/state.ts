/** What attribution remembers while reading an article: who spoke last, and where. */
import type { ArticlePeople, Person } from './people.js';
import type { Subject } from './subject.js';

/** A quotation's source as resolved in this article. */
export interface Source {
  person: Person | null;
  /** As written at the attribution ("he", "Mr. Song", "a spokesman for the campaign"). */
  mention: string | null;
  descriptor?: string;
}

export class SpeakerState {
  /** Named people who spoke or were reported as speaking, most recent first. */
  private recent: Person[] = [];
  /** The source of the last quotation and the paragraph it was in. */
  last: { source: Source; paragraph: number } | null = null;
  /** A clause ending in a colon ("Caddell continued:") waiting for the next paragraph's quotation. */
  pending: Source | null = null;
  /** The named subject of the last sentence read, when it had no quotation. */
  subject: { source: Source; paragraph: number; sentence: number } | null = null;
  /** The previous paragraph ended inside a quotation, with this source. */
  runOn: Source | null = null;

  constructor(private readonly people: ArticlePeople) {}

  /** Resolves a subject to a source; pronouns take the last named speaker of a fitting kind. */
  resolve(subject: Subject, paragraph: number): Source {
    if (subject.kind === 'name') {
      const person = this.people.resolve(subject, paragraph);
      const source: Source = { person, mention: subject.mention };
      const descriptor = subject.descriptor ?? person.descriptor;
      if (descriptor) source.descriptor = descriptor;
      return source;
    }
    if (subject.kind === 'pronoun') {
      const person = this.byPronoun(subject.name ?? '');
      const source: Source = { person, mention: subject.mention };
      if (person?.descriptor) source.descriptor = person.descriptor;
      return source;
    }
    return { person: null, mention: subject.mention };
  }

  /** Whether a name read from a sentence start can be a name at all. */
  plausible(subject: Subject): boolean {
    return this.people.plausible(subject);
  }

  /** Remembers a named speaker for later pronouns. */
  noteSpeaker(person: Person | null): void {
    if (!person || person.org) return;
    this.recent = [person, ...this.recent.filter((p) => p !== person)].slice(0, 8);
  }

  private byPronoun(pronoun: string): Person | null {
    const gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : null;
    if (!gender) return null;
    const person = this.recent.find((p) => !p.gender || p.gender === gender) ?? null;
    // "Bill Clinton … he said": the pronoun tells a later "she" to look past him.
    if (person && !person.gender) person.gender = gender;
    return person;
  }
}
