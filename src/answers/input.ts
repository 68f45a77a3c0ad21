import { InputError } from '../errors.js';
import { characters, thousands } from '../text/count.js';

/**
 * A user's text as the engine takes it: control characters and runs of white space become one
 * space. Empty or longer than `max` characters (as a reader sees them: graphemes) is an
 * InputError naming `what` was wrong.
 */
export function cleanInput(
  raw: string,
  what: { empty: string; noun: string; max: number },
): string {
  const text = raw
    // Bidirectional overrides that would turn an echoed reply around go, as from an article's text
    // (corpus/normalize.ts), inside a word ("Gala⁦us⁩kas"); between a word and a capital or a
    // handle they part them ("Richard⁦McGregor", "⁦@name⁩" pasted from X). Other control
    // characters part words.
    .replace(/(?<=\p{Ll})[\u202a-\u202e\u2066-\u2069]+(?=\p{Lu}|@)/gu, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) throw new InputError(what.empty);
  // Characters as a reader counts them (text/count.ts), counted only past the limit in UTF-16 units.
  const length = text.length > what.max ? characters(text) : text.length;
  if (length > what.max) {
    throw new InputError(
      `That ${what.noun} is ${thousands(length)} characters long; use at most ${thousands(what.max)}.`,
    );
  }
  return text;
}

/** Longest speaker name /quote accepts (the longest real names are well under 100). */
export const MAX_SPEAKER_CHARS = 200;
