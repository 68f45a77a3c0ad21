import { stem } from './tokenize.js';

/**
 * English irregular verbs' past forms and their base form: "drank" is the "drink" a question asks
 * about, which Porter stemming (suffix rules only) never makes of it. Only forms that are seldom
 * another word: not "left", "saw", "found", "felt", "rose", "lay", "bore", "won", "shot", "fell",
 * "ground", "wound", "spoke", "stole", "bit" or "fed" (the Fed); nor forms the same as the base
 * ("put", "cut", "beat"). Nor verbs whose base is as often a noun of another sense, which a
 * question may ask about ("lead" the metal, "tear gas", "spring", "fall", "sink", "stick", "deal",
 * "break", "wake", "draw", "lend", "hang"). Nor the commonest verbs' ("made", "came", "got",
 * "thought": "think tank"). The reporting verbs ("said", "told") are stop words.
 */
const FORMS: Record<string, string> = {
  ate: 'eat',
  eaten: 'eat',
  drank: 'drink',
  drunk: 'drink',
  went: 'go',
  gone: 'go',
  wrote: 'write',
  written: 'write',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  met: 'meet',
  bought: 'buy',
  brought: 'bring',
  caught: 'catch',
  taught: 'teach',
  sought: 'seek',
  fought: 'fight',
  began: 'begin',
  begun: 'begin',
  sang: 'sing',
  sung: 'sing',
  swam: 'swim',
  swum: 'swim',
  flew: 'fly',
  flown: 'fly',
  drove: 'drive',
  driven: 'drive',
  chose: 'choose',
  chosen: 'choose',
  froze: 'freeze',
  frozen: 'freeze',
  grew: 'grow',
  grown: 'grow',
  knew: 'know',
  known: 'know',
  threw: 'throw',
  thrown: 'throw',
  wore: 'wear',
  worn: 'wear',
  sold: 'sell',
  held: 'hold',
  kept: 'keep',
  slept: 'sleep',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  meant: 'mean',
  paid: 'pay',
  ran: 'run',
  sat: 'sit',
  stood: 'stand',
  understood: 'understand',
  forgot: 'forget',
  forgotten: 'forget',
  forgave: 'forgive',
  forgiven: 'forgive',
  hid: 'hide',
  hidden: 'hide',
  rode: 'ride',
  ridden: 'ride',
  shook: 'shake',
  shaken: 'shake',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  struck: 'strike',
  stricken: 'strike',
  blew: 'blow',
  blown: 'blow',
  fled: 'flee',
  dug: 'dig',
  swore: 'swear',
  sworn: 'swear',
  wept: 'weep',
  arose: 'arise',
  arisen: 'arise',
  awoke: 'awake',
  beaten: 'beat',
  bitten: 'bite',
  forbade: 'forbid',
  forbidden: 'forbid',
  foresaw: 'foresee',
  foreseen: 'foresee',
  overcame: 'overcome',
  overtook: 'overtake',
  overtaken: 'overtake',
  undertook: 'undertake',
  undertaken: 'undertake',
  seen: 'see',
  spoken: 'speak',
  stolen: 'steal',
  strove: 'strive',
  striven: 'strive',
  swept: 'sweep',
  leapt: 'leap',
  knelt: 'kneel',
  dreamt: 'dream',
  burnt: 'burn',
  learnt: 'learn',
  spelt: 'spell',
  spilt: 'spill',
  dwelt: 'dwell',
};

let pastTerms: Map<string, string[]> | undefined;

// Regular verbs whose base the stemmer keeps whole while it cuts the past: "died" to "di". Not
// "lie": "lied" would stem to "li", the surname Li.
const PARTED = ['die', 'tie', 'vie'];

/**
 * The index terms of a verb's past forms, by the term of its base form: "drink" → ["drank",
 * "drunk"]; of a regular verb only where stemming parts them ("die" → ["di"]; "walk" and "walked"
 * share a term). Empty for any other term.
 */
export function pastFormTerms(baseTerm: string): readonly string[] {
  if (!pastTerms) {
    pastTerms = new Map();
    for (const [past, base] of Object.entries(FORMS)) {
      const key = stem(base);
      pastTerms.set(key, [...(pastTerms.get(key) ?? []), stem(past)]);
    }
    for (const base of PARTED) pastTerms.set(stem(base), [stem(`${base}d`)]);
  }
  return pastTerms.get(baseTerm) ?? [];
}
