// The subject a question asks about when its wording names one: the thing counted in "how many
// soldiers…" or the topic of "what did Putin say about Ukraine's army". A passage that neither
// holds it nor a near word cannot answer, however well it matches the question's other words.
import { termOf } from '../../text/tokenize.js';
import { foldText } from '../../text/normalize.js';

// "How many tanks…": one word, the noun counted (a second would often be the verb: "people died").
const COUNTED = /\bhow\s+(?:many|much)\s+([^?!.,;:]*)/i;
// "What did X say about Y?": the speaker and the topic, each to the first stop word after its own
// terms ("Putin's trip to…"). A passage must hold who speaks as well as what about.
const TALKED_ABOUT =
  /^\W*(?:what|how)\s+(?:did|does|do|has|have|had|will|would)\s+([^?!]*?)\s*\b(?:say|said|think|thought|feel|felt|write|written|speak|spoken|talk|talked)\s+about\s+([^?!.,;:]*)/i;

/**
 * The index terms of what `question` asks about, when its wording says (else none). A counted
 * noun that `isCommon` ("how many people", "how much money") names nothing in particular.
 */
export function askedSubject(question: string, isCommon: (term: string) => boolean): string[] {
  const counted = COUNTED.exec(question);
  if (counted) return leadingTerms(counted[1]!, 1, false).filter((t) => !isCommon(t));
  const about = TALKED_ABOUT.exec(question);
  if (about) return [...leadingTerms(about[1]!, 3, true), ...leadingTerms(about[2]!, 2, true)];
  return [];
}

// The first `max` terms of `words`, up to the first stop word ("much did…" names nothing);
// `skipLeading` passes over stop words before the first term ("about the joint statement").
function leadingTerms(words: string, max: number, skipLeading: boolean): string[] {
  const out: string[] = [];
  for (const word of words.split(/\s+/)) {
    const term = word ? termOf(foldText(word)) : null;
    if (!term) {
      if (skipLeading && out.length === 0) continue;
      break;
    }
    out.push(term);
    if (out.length === max) break;
  }
  return out;
}
