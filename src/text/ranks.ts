/**
 * Ranks and titles as Canadian, British and Australian papers abbreviate them: each list is read
 * by the sentence splitters (a dot after one ends no sentence) and by the name readers (a title,
 * not a name).
 */
import { wordTable } from './word-table.js';

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
  // Australian councils: "Cr Kerry-Anne Whitlock"; Zimbabwean and South African: "Clr Ndabezinhle
  // Sibanda".
  'cr',
  'clr',
  // An engineer and a lawyer, as Nigerian and Philippine papers title them: "Engr. Babatunde
  // Olaniyan", "Atty. Maria Santos".
  'engr',
  'atty',
];

/** Honours and degrees written after a name, as written: "Chaand Nagpaul CBE", "Jane Doe PhD". */
export const HONOURS = ['OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'FRS', 'PhD', 'KC', 'QC', 'SAN', 'SC'];

/**
 * Members of parliaments and legislatures: "Labour MP Jess Okafor", "the Toronto MPP", "Juan
 * Kermode MHK" (the Isle of Man's House of Keys), "BJP MLC Chalavadi Narayanaswamy" (a
 * legislative council's; "the MLC said" then means a member, even after Major League Cricket),
 * "Dutch Greens MEP Jelle van der Berg" (the European Parliament's).
 */
export const MEMBER_TITLES = ['mp', 'mpp', 'mla', 'mna', 'msp', 'mhk', 'mlc', 'mep'];

/**
 * US states as AP style abbreviates them in a lawmaker's party tag ("Sen. Marco Rubio, R-Fla.,"),
 * by their abbreviation without dots, lowercase; states AP spells out are their own abbreviation.
 */
export const STATE_ABBREVIATIONS = wordTable<string>(
  Object.fromEntries(
    (
      'ala:alabama alaska:alaska ariz:arizona ark:arkansas calif:california colo:colorado ' +
      'conn:connecticut del:delaware fla:florida ga:georgia hawaii:hawaii idaho:idaho ' +
      'ill:illinois ind:indiana iowa:iowa kan:kansas ky:kentucky la:louisiana maine:maine ' +
      'md:maryland mass:massachusetts mich:michigan minn:minnesota miss:mississippi mo:missouri ' +
      'mont:montana neb:nebraska nev:nevada nh:new-hampshire nj:new-jersey nm:new-mexico ' +
      'ny:new-york nc:north-carolina nd:north-dakota ohio:ohio okla:oklahoma ore:oregon ' +
      'pa:pennsylvania ri:rhode-island sc:south-carolina sd:south-dakota tenn:tennessee ' +
      'texas:texas tex:texas utah:utah vt:vermont va:virginia wash:washington wva:west-virginia ' +
      'wis:wisconsin wyo:wyoming'
    )
      .split(' ')
      .map((pair) => pair.split(':') as [string, string])
      .map(([abbreviation, state]) => [abbreviation, state.replace(/-/g, ' ')]),
  ),
);
