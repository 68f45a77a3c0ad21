/**
 * Ranks and titles as Canadian, British and Australian papers abbreviate them: each list is read
 * by the sentence splitters (a dot after one ends no sentence) and by the name readers (a title,
 * not a name).
 */

/** Police and council ranks written with a dot: "Coun. Brenda Locke", "Cst. Jamie Roy". */
export const RANK_ABBREVIATIONS = [
  'coun',
  'cllr',
  'ald',
  'const',
  'cst',
  'cpl',
  'det',
  'insp',
  'supt',
  // Australian councils: "Cr Kerry-Anne Whitlock".
  'cr',
];

/** Honours and degrees written after a name, as written: "Chaand Nagpaul CBE", "Jane Doe PhD". */
export const HONOURS = ['OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'PhD'];

/** Members of parliaments and legislatures: "Labour MP Jess Okafor", "the Toronto MPP". */
export const MEMBER_TITLES = ['mp', 'mpp', 'mla', 'mna', 'msp'];
