/**
 * Capitalised words that are no one a "he" or "she" can mean, nor a reported speaker: a plural
 * common noun after an adjective or a place ("Young Farmers", "three Denver Bridges"), and a
 * party in a court case's name after "v." (NameEvidence.namesPlural, attribution isCaseParty).
 * Made-up passages.
 */
import { describe } from 'vitest';
import { itDoesNotName, itNames } from './speaker-table.js';

describe('a plural phrase is no he or she', () => {
  itNames('%s', [
    [
      '“Young Samoans and Tongans, who…” with “Samoan voters”: the singular shows a plural',
      [
        '“I have knocked on every door in the south of the city,” said Councillor Peter Vaai.',
        'The reason? Young Samoans and Tongans, who have enrolled in large numbers, seem to be warming to Vaai.',
        'Gone are the days when he said only landlords wanted “a quick sale.” Samoan voters have noticed.',
      ],
      'a quick sale',
      'Peter Vaai',
    ],
    [
      '“Young Farmers, who…”: a plural the lexicon knows, after an adjective',
      [
        '“I have toured every farm in the valley,” said Councillor Peter Vaai.',
        'The reason? Young Farmers, who have moved here in large numbers, seem to be warming to Vaai.',
        'Gone are the days when he said only developers wanted “a quick sale.”',
      ],
      'a quick sale',
      'Peter Vaai',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“The engineer who built three Denver Bridges…” is no “she”',
      [
        'Gwen Talbot was the first to arrive at the site on Monday.',
        'The engineer who built three Denver Bridges before the recession is already talking about “a new span by spring.”',
        'When she spoke at the hearing, she offered a blunt forecast: “We are going to close a lot of old roads.”',
      ],
      'close a lot of old roads',
      'Denver Bridges',
    ],
  ]);
  // Guard: a given name before a surname that is an English plural is someone.
  itNames('%s', [
    [
      '“said Dolores Banks … she added”: a given name first',
      [
        '“The river rose faster than anyone expected,” said Dolores Banks, who runs the ferry.',
        'Young volunteers filled sandbags all night. “We will reopen on Friday,” she added.',
      ],
      'reopen on Friday',
      'Dolores Banks',
    ],
  ]);
  // A given name first; "Young Farmers" was "she" before.
  itNames('%s', [
    [
      '“Marta Fields … she said”: a given name first, a person',
      [
        'Marta Fields runs the shelter on Dock Street. Young Farmers have been bringing food all winter.',
        '“We have never been busier,” she said.',
      ],
      'never been busier',
      'Marta Fields',
    ],
  ]);
});

describe('a court case’s party is no speaker', () => {
  itNames('%s', [
    [
      '“Okafor also spoke about Brandt v. Ellison, the case … which challenges…”: Okafor’s quotation goes on',
      [
        '“This law hurts tenants,” said Amara Okafor, director of the Tenants Union.',
        'Okafor also spoke about Brandt v. Ellison, the case now before the appeals court which challenges the zoning law.',
        '“The court has a chance to fix this. Renters cannot wait another decade.”',
      ],
      'Renters cannot wait',
      'Amara Okafor',
    ],
  ]);
  // Guard: the same surname, where no "v." is next to it, still speaks.
  itNames('%s', [
    [
      '“Ellison said…” with no case name beside it',
      [
        '“We followed the law,” Mark Ellison said.',
        'Ellison said the city had challenged the ruling “in good faith.”',
      ],
      'in good faith',
      'Mark Ellison',
    ],
  ]);
});

describe('a place named after someone is no fuller name of theirs', () => {
  itNames('%s', [
    [
      '“held at Trump Tower… ¶ Trump told reporters”: Trump, not the tower',
      [
        'The meeting was held at Trump Tower in Manhattan on Friday.',
        'Trump told reporters afterwards that it had been “a very long day.”',
      ],
      'a very long day',
      'Trump',
    ],
    [
      '“a rally at Pride Stadium… ¶ “…,” Pride said”: Pride, not the stadium',
      [
        'Thousands came to a rally at Pride Stadium, named for the senator’s late father.',
        '“We are going to win this state,” Pride said.',
      ],
      'win this state',
      'Pride',
    ],
    // A review of 4068209: given names no list has before a surname that is a place's noun.
    [
      '“according to Inbee Park ¶ “…,” Park said”: Inbee Park',
      [
        'Sales rose sharply last quarter, according to Inbee Park.',
        '“People want comfort food,” Park said.',
      ],
      'comfort food',
      'Inbee Park',
    ],
    [
      '“interviewed Jae-hyun Park ¶ “…,” Park said”: Jae-hyun Park',
      [
        'Reporters later interviewed Jae-hyun Park in Seoul.',
        '“The market will recover,” Park said.',
      ],
      'market will recover',
      'Jae-hyun Park',
    ],
    [
      '“spoke with Aoife Castle ¶ “…,” Castle said”: Aoife Castle',
      [
        'The council spoke with Aoife Castle about the plans.',
        '“It is a good start,” Castle said.',
      ],
      'good start',
      'Aoife Castle',
    ],
  ]);
});

describe('a place by the noun its name opens on is no person (session 57)', () => {
  itDoesNotName('%s', [
    [
      '“a hill farm above Loch Tay ¶ “…,” the farmer says”: not the loch',
      [
        'Hamish Grant keeps 800 Blackface ewes on a hill farm above Loch Tay.',
        'Lambing starts in April.',
        '“You don’t sleep much for six weeks,” the farmer says.',
      ],
      'sleep much for six weeks',
      'Loch Tay',
    ],
    [
      '“a farm below Mount Hood ¶ “…,” the farmer says”: not the mountain',
      [
        'Dale Whitcomb runs cattle on a farm below Mount Hood.',
        'Calving starts in March.',
        '“You learn to read the sky,” the farmer says.',
      ],
      'read the sky',
      'Mount Hood',
    ],
    [
      '“a farm above Lake Louise”: a given name after the lake’s noun is still the lake',
      [
        'Priya Raman keeps 60 Jersey cows on a dairy farm above Lake Louise.',
        'Milking starts at five.',
        '“We had to hire twelve more staff,” the farmer says.',
      ],
      'twelve more staff',
      'Lake Louise',
    ],
  ]);
  itNames('%s', [
    [
      '“Fort” after a given name is a surname: Mary Fort',
      ['The award went to Mary Fort, a nurse in Halifax.', '“I never expected it,” Fort said.'],
      'never expected it',
      'Mary Fort',
    ],
  ]);
});

describe('a place in nature by the noun it ends on, whatever name opens it', () => {
  itNames('%s', [
    [
      '“the Shima Peninsula” is no woman named Shima: the story has named no one before its name',
      [
        'The woman pulling on a wetsuit below the lighthouse does not seem to notice the cold.',
        '“There were two hundred of us in this village,” she says.',
        'She is one of the last divers working off the Shima Peninsula.',
        'Her name is Kazuko Hamaguchi, and she has been diving since she was fourteen.',
      ],
      'two hundred of us',
      'Kazuko Hamaguchi',
    ],
  ]);
});
