import type { SpeakerType } from '../quotes/extract.js';
import type { InPassing, SpeakerSummary } from '../quotes/registry.js';
import type { Highlight } from '../search/excerpt.js';

export type { Highlight, SpeakerSummary, SpeakerType };

/** Where an excerpt came from, precisely enough for a reader to check it. */
export interface Citation {
  title: string;
  /** The URL when known, else the file path relative to the corpus. */
  source: string;
  url?: string;
  /** 1-based paragraph number within the article. */
  paragraph: number;
  /** The article's id in the corpus, for a link into the web reader. */
  article?: string;
  /** The web reader's address of the cited paragraph, when the door serving the answer has one. */
  link?: string;
}

/** One retrieved passage as shown to a user. */
export interface AnswerResult {
  /** What a user is shown: the best sentence(s) as plain text, ≤ 320 characters, "…" where cut. */
  excerpt: string;
  /** The question's terms in `excerpt` (offsets into it); each door marks them its own way. */
  highlights: Highlight[];
  /** The whole passage text. */
  passage: string;
  /** The passage's id in the index (stable across reindexes): what feedback records. */
  passageId: string;
  score: number;
  citation: Citation;
  /** Why it was chosen: the question's terms it holds (as index terms)… */
  matched?: string[];
  /** …and question terms it lacks but holds a related word for: [question term, passage term]. */
  related?: [string, string][];
  /**
   * Bodies the passage only describes, named where its article introduced them: [description,
   * name] ("the school", "Harbin Institute of Technology"). The excerpt shows the name in brackets.
   */
  refers?: [string, string][];
}

/** The transport-neutral answer to /ask; `results` is empty when nothing in the corpus answers. */
export interface Answer {
  question: string;
  results: AnswerResult[];
  /**
   * With no results to "what did X say": X as the question names them, when the corpus writes
   * their name but no passage shows them speaking ("Kim Jong Un").
   */
  unspoken?: string;
}

/** One direct quotation as shown to a user. */
export interface QuoteResult {
  /** The quotation text without its marks. */
  quote: string;
  /** Canonical full name, or null when the article names no speaker. */
  speaker: string | null;
  /** The speaker as this article wrote it ("he", "Mr. Song", "Galauskas"). */
  mention: string | null;
  /** The speaker's role as the article gives it ("a security expert at the Atlantic Council"). */
  descriptor?: string;
  /** Whether the speaker is a person or an organisation ("IRCC said"); absent when unattributed. */
  speakerType?: SpeakerType;
  /** "scare": a scare quote or title; kept in the quotes dump, never shown by /quote. */
  kind: 'full' | 'partial' | 'scare';
  citation: Citation;
}

/** The answer to /quote. `speaker` is null when no speaker matched; `suggestions` then lists near names. */
export interface QuoteAnswer {
  query: string;
  about?: string;
  speaker: string | null;
  /** Set with `speaker`: a person or an organisation. */
  speakerType?: SpeakerType;
  quotes: QuoteResult[];
  suggestions: string[];
  /**
   * With no `speaker`: someone the query names whom the corpus has no quotation by, only words or
   * titles in marks beside their name ("William Lai": “motherland”); `suggestions` is then empty.
   */
  inPassing?: InPassing;
  /**
   * With no `speaker`: the passages where the articles report the person the query names speaking
   * without quoting them ("Wishnik said sales began to slow…"), as /ask finds them for "What did
   * Wishnik say?"; `suggestions` is then empty.
   */
  reported?: AnswerResult[];
}
