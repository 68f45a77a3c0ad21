/**
 * A "he" or "she" opening a sentence, following a quotation that opens one, or opening a clause
 * after a dash goes on from the person the sentence (or clause) before gave as a source or actor,
 * though they never spoke: whom it opens on, the owner of words or a reaction, whom footage or
 * words are of (SpeakerState.goneOnFrom). Made-up passages.
 */
import { describe } from 'vitest';
import { itDoesNotName, itNames } from './speaker-table.js';

describe('a pronoun going on from the sentence before', () => {
  itNames('%s', [
    [
      '“listening to Chief Justice Maria Okonkwo’s ruling. She called…”: the ruling’s owner',
      [
        '“The law was never meant to reach this far,” said Dana Frey, a law professor at the university.',
        'That may surprise anyone who sat through Chief Justice Maria Okonkwo’s ruling on Monday. She called the statute “plainly overbroad” and struck it down.',
      ],
      'plainly overbroad',
      'Maria Okonkwo',
    ],
    [
      '“Footage of Tremblay appears. “…,” he says.”: whom the footage is of',
      [
        'The documentary opens with the mayor, Paul Lindqvist, cutting a ribbon. “This bridge is for everyone,” Lindqvist says.',
        'Later the film turns to Henri Tremblay, the engineer who designed it.',
        'Footage of Tremblay at the site appears. “We built it to last a hundred years,” he says.',
      ],
      'last a hundred years',
      'Henri Tremblay',
    ],
    [
      '“Okafor’s column also went after Brandt… He calls Brandt’s plan…”: not the man named after the pronoun',
      [
        'Columnist Emeka Okafor wrote a scathing piece on Sunday.',
        '“It will add 4,000 homes,” Councillor Rolf Brandt said of his plan on Tuesday.',
        'Okafor’s column also went after Brandt for skipping the public hearings. He calls Brandt’s plan “a developer’s wish list in a hard hat.”',
      ],
      'developer’s wish list',
      'Emeka Okafor',
    ],
    [
      '“she drew Kessler’s ire - he called her “reckless””: the owner of the reaction',
      [
        'Senator Ruth Alvarado has kept her distance from the governor. “I answer to voters,” Alvarado said.',
        '“I am still waiting to see a plan,” said Rep. Tom Whitcombe, who has not endorsed anyone.',
        'Alvarado, like Rep. Sam Ortiz, voted against the budget in March. For that she drew Governor Karl Kessler’s ire - he called her “reckless” and vowed to campaign against her.',
      ],
      'reckless',
      'Karl Kessler',
    ],
    [
      '“the budget speech of Mayor Ian Calloway. “…,” he says.”: whom the speech is of',
      [
        '“We cannot keep paying for this,” said Greg Ostrowski, the council treasurer.',
        'The debate then turned to the budget speech of Mayor Ian Calloway. “Every dollar is accounted for,” he says.',
      ],
      'Every dollar',
      'Ian Calloway',
    ],
  ]);
});

describe('where a pronoun going on from the sentence before must not reach', () => {
  itNames('%s', [
    [
      '“Amid Viktor Orlov’s threats, the mood was grim. “…,” he said”: a possessive after a preposition',
      [
        'Prime Minister Daniel Frey met the cabinet on Monday.',
        'Amid Viktor Orlov’s threats, the mood in the room was grim. “We will not be bullied,” he said.',
      ],
      'not be bullied',
      'Daniel Frey',
    ],
    [
      '“Among his questions was whether Mayor Tom Hale…”: a name in a clause of a question',
      [
        'Opposition leader Sam Pryor pressed the council on Tuesday.',
        'Among his questions was whether Mayor Tom Hale had been briefed. “Residents deserve an answer,” he said.',
      ],
      'deserve an answer',
      'Sam Pryor',
    ],
    [
      'a speaker of the pronoun’s gender already quoted in the paragraph keeps it',
      [
        '“We will appeal,” said Mark Devlin, the union’s lawyer. He criticised Judge Alan Boyd’s ruling. “It ignores the contract,” he said.',
      ],
      'ignores the contract',
      'Mark Devlin',
    ],
    [
      'two men owning words in the sentence before: the speaker before stays',
      [
        '“The vote is close,” said campaign manager Leo Moreau.',
        'The hearing turned on Paul Grant’s statement and Ivan Petrov’s letter. “We expect to win,” he said.',
      ],
      'expect to win',
      'Leo Moreau',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'a man the sentence before names only as an object is not the "he"',
      [
        '“The budget is balanced,” Finance Minister Alan Wexford said.',
        'Critics compared the plan to one drafted by Peter Lund in 2009. “It is the same plan,” he said.',
      ],
      'the same plan',
      'Peter Lund',
    ],
  ]);
});
