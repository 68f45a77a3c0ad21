/** Speaking through a spokesperson or a document, as British and Canadian copy writes it. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/index.js';
import { readChunk } from '../../src/quotes/subject.js';
import { article, itDoesNotName, itNames } from './speaker-table.js';

describe('a body’s spokesperson and documents', () => {
  itNames('%s', [
    [
      'a spokesperson named by a long body’s name before the noun (probe round 39)',
      [
        'Waiting times for children’s mental health services in England have risen again.',
        'A Department of Health and Social Care spokesperson said: “We know there is more to do.”',
      ],
      'We know there is more to do',
      'Department of Health and Social Care spokesperson',
    ],
    [
      'a body’s report by its noun’s possessive (probe round 39)',
      [
        'The Canadian Institute for Rural Health Policy, a think tank based in Sudbury, analyzed closure notices.',
        '“Rural emergency departments are closing for want of people,” the institute’s report states.',
      ],
      'closing for want of people',
      'Canadian Institute for Rural Health Policy',
    ],
    [
      'a person’s document by a description’s possessive',
      [
        'Dr. Anita Rao, a surgeon at the hospital, reviewed the files.',
        '“The delays were avoidable,” the surgeon’s report states.',
      ],
      'The delays were avoidable',
      'Anita Rao',
    ],
    [
      'a body named in the plural before "for" (probe round 40)',
      [
        'ATLANTA (AP) — Measles cases in the U.S. have topped 1,400 this year, officials said.',
        '“We urge parents to check their children’s shots,” the Centers for Disease Control and Prevention said in a statement.',
      ],
      'We urge parents',
      'Centers for Disease Control and Prevention',
    ],
    [
      '“the company” is no First Nation named since (probe round 40)',
      [
        'WHITEHORSE — A mining company has paused drilling in central Yukon.',
        'Klondike Ridge Minerals Ltd. said Thursday it was halting work after concerns raised by the Nisutlin Valley First Nation.',
        '“We have heard the concerns,” the company said in a statement.',
      ],
      'We have heard the concerns',
      'Klondike Ridge Minerals Ltd.',
    ],
  ]);
});

describe('an honour is no one a description means', () => {
  itNames('%s', [
    [
      '“the 72-year-old” after the award he was given (probe round 40)',
      [
        'Walter Brophy has spent 40 years as a volunteer with the coast guard auxiliary in Bonavista.',
        'Brophy was one of four people honoured Saturday with the province’s Search and Rescue Volunteer Award.',
        '“When the pager goes off at two in the morning, you don’t think about your age,” says the 72-year-old.',
      ],
      'you don’t think about your age',
      'Walter Brophy',
    ],
  ]);
});

describe('a body named again by part of its name or by its noun', () => {
  itNames('%s', [
    [
      'a firm named again without its legal ending (probe round 43)',
      [
        'Shares in Ardent Mining Corp. fell 12 per cent on Monday.',
        '“We remain confident,” Ardent Mining said.',
      ],
      'We remain confident',
      'Ardent Mining Corp.',
    ],
    [
      'a firm named again without "Group"',
      ['Shares in Marlow Foods Group fell on Monday.', '“We are disappointed,” Marlow Foods said.'],
      'We are disappointed',
      'Marlow Foods Group',
    ],
    [
      'but one word that is also a person’s surname stays theirs',
      [
        'Founder Michael Dell started Dell Inc. in his dorm room.',
        '“We will keep building,” Dell said.',
      ],
      'We will keep building',
      'Michael Dell',
    ],
    [
      'a museum by its noun, the name going on after "of"',
      [
        'The Royal Tyrrell Museum of Palaeontology announced the find on Monday.',
        '“The skull is nearly complete,” the museum said.',
      ],
      'The skull is nearly complete',
      'Royal Tyrrell Museum of Palaeontology',
    ],
    [
      'an alliance by its noun written with a capital (probe round 43)',
      [
        'The Global Alliance for Clean Water released its annual report on Monday.',
        '“Millions still lack a tap,” the Alliance said.',
      ],
      'Millions still lack a tap',
      'Global Alliance for Clean Water',
    ],
    [
      'a department by its noun written with a capital',
      [
        'The Department of Justice sued the company on Monday.',
        '“We will pursue this,” the Department said.',
      ],
      'We will pursue this',
      'Department of Justice',
    ],
    [
      'but not a person a capitalised noun reads as',
      [
        'The tribunal said Mr Burke did ask the claimant to assist Prince Harry with text for his ' +
          'art project. In response to the tribunal’s ruling concerning the allegations about ' +
          'Prince Harry, the School issued a statement, saying the claims “were dismissed for ' +
          'what they always have been.”',
      ],
      'were dismissed',
      'School',
    ],
    [
      'never a department for "the company", though named "of" its portfolio (probe round 46)',
      [
        'Maple Ridge Creamery is recalling 12,000 pints of ice cream because it may contain ' +
          'peanuts, the Minnesota Department of Agriculture said Friday.',
        'No illnesses have been reported.',
        '“Customers with a peanut allergy should not eat this product,” the company said.',
      ],
      'should not eat this product',
      'Maple Ridge Creamery',
    ],
    [
      'a body by its acronym, with the place its initials leave out (probe round 46)',
      [
        'The Utah Department of Environmental Quality (DEQ) ordered the mine to stop discharging wastewater.',
        '“We expect full compliance within 10 days,” the DEQ said.',
      ],
      'We expect full compliance',
      'Utah Department of Environmental Quality',
    ],
    [
      'never a person a role introduced before the name for "the company" (probe round 49)',
      [
        'Shares in Marlow Bakeries fell 9 per cent on Monday.',
        'The chief executive, Temitope Adeyinka-Roe, will face investors next month.',
        '“We remain confident,” the company said.',
      ],
      'We remain confident',
      'Marlow Bakeries',
    ],
    [
      'nor a firm named only as where analysts work (probe round 49)',
      [
        'Shares in Marlow Bakeries fell 9 per cent on Monday.',
        'Analysts at Quayside Capital called the update sobering.',
        '“We remain confident,” the company said.',
      ],
      'We remain confident',
      'Marlow Bakeries',
    ],
    [
      'but a founder named as the firm is, without its ending, is the founder',
      [
        'Thabo Mokoena Holdings won the tender. Its founder Thabo Mokoena, 52, said he was pleased.',
        '“It is a big day for us,” Thabo Mokoena said.',
      ],
      'It is a big day for us',
      'Thabo Mokoena',
    ],
    [
      'a firm whose name holds "&" (probe round 42)',
      [
        'Holloway & Finch, the Leeds bakery chain, will close six shops.',
        '“It is a sad day,” Holloway & Finch said.',
      ],
      'It is a sad day',
      'Holloway & Finch',
    ],
  ]);
});

describe('a body named again: where the rules must not reach', () => {
  itNames('%s', [
    [
      'a firm that employs analysts is one when it is the news itself (late review)',
      [
        'Analysts at Pellworth Securities described the update as sobering.',
        '“It was grim,” the company said.',
        'Pellworth Securities announced on Tuesday it would cut 200 jobs.',
        '“We regret this decision,” the company said.',
      ],
      'We regret this decision',
      'Pellworth Securities',
    ],
    [
      'a public body introduced by a public noun is no firm (late review)',
      [
        'Kestrel Air cancelled 40 flights on Monday after a software fault.',
        'The Civil Aviation Authority, the agency that oversees airlines, said it was monitoring the situation.',
        '“We apologise to every passenger affected,” the company said.',
      ],
      'We apologise to every passenger',
      'Kestrel Air',
    ],
    [
      'a short name speaking twice is the firm in full both times (late review)',
      [
        'Kgalagadi Platinum Holdings reported a loss on Monday.',
        '“Prices were weak,” Kgalagadi Platinum said.',
        'Shares fell 4 per cent.',
        '“We will cut costs,” Kgalagadi Platinum said.',
      ],
      'We will cut costs',
      'Kgalagadi Platinum Holdings',
    ],
    [
      'another firm whose name opens on the short name is not it (late review)',
      [
        'Kestrel Air Holdings reported a loss on Monday.',
        'Kestrel Airways, a separate carrier, was unaffected.',
        '“Prices were weak,” Kestrel Air said.',
      ],
      'Prices were weak',
      'Kestrel Air Holdings',
    ],
    [
      'a firm whose name holds a place and "and" (late review)',
      [
        'The Hong Kong and Shanghai Banking Corporation raised its lending rate on Monday.',
        '“Demand remains strong,” the company said.',
      ],
      'Demand remains strong',
      'Hong Kong and Shanghai Banking Corporation',
    ],
    [
      'a firm beside a government is no place (late review)',
      [
        'An agreement between Kestrel Mining and the Yukon government was signed on Monday.',
        '“It is a good deal,” the company said.',
      ],
      'It is a good deal',
      'Kestrel Mining',
    ],
    [
      'a firm before its customers is no place (late review)',
      [
        'Persimmon homeowners in Kent say the walls of their new houses are cracking.',
        '“We take every complaint seriously,” the company said.',
      ],
      'We take every complaint seriously',
      'Persimmon',
    ],
    [
      'an amount in Kenyan shillings is no one a "she" can mean (late review)',
      [
        'The magistrate released her on a KSh300,000 bond with a surety of a similar amount. ' +
          '“There is no reason to keep her in custody,” she ruled.',
      ],
      'no reason to keep her',
      null,
    ],
    [
      'a short name the article gives a body of its own is that body (review 37)',
      [
        'Kestrel Air Group reported a half-year profit of $41 million.',
        'The group owns Kestrel Air, the regional airline. Kestrel Air will cut flights to Kununurra. “We cannot recruit enough captains,” Kestrel Air said.',
      ],
      'We cannot recruit enough captains',
      'Kestrel Air',
    ],
    [
      'a name listed with a place is a place, no firm "the company" means (review 37)',
      [
        'A county egg producer has recalled about 90,000 dozen eggs.',
        'Prairie Gold Eggs, which supplies grocery stores across Minnesota and the Dakotas, said the cartons carry October dates.',
        '“We have stopped shipping from the affected barn,” the company said.',
      ],
      'We have stopped shipping',
      'Prairie Gold Eggs',
    ],
    [
      'a name written only before a place’s people in the plural is no firm (review 37)',
      [
        'A plan for 1,200 homes at Wilton has been approved by the state planning department.',
        'Brightwater Developments first lodged the proposal in 2021.',
        'Wollondilly councillors had raised concerns about road access.',
        '“We are ready to start civil works within six months,” the company said.',
      ],
      'ready to start civil works',
      'Brightwater Developments',
    ],
    [
      'a firm introduced by its trade, whatever its name looks like (review 37)',
      [
        'Nairobi café chain Ministry of Coffee plans to open 12 new outlets next year.',
        'The company currently runs 18 cafés in Nairobi and Mombasa.',
        'The expansion comes as the Ministry of Agriculture pushes to increase coffee drinking.',
        '“Kenyans are drinking more of their own coffee,” the company said in a statement.',
      ],
      'drinking more of their own coffee',
      'Ministry of Coffee',
    ],
    [
      'a title after a firm joined by "&" starts a person',
      ['“We have no choice,” Procter & Gamble CEO Jon Moeller said.'],
      'We have no choice',
      'Jon Moeller',
    ],
    [
      'a centre on the ice is a player, not a body',
      [
        'Nic Claxton, a 24-year-old center, had 18 rebounds.',
        '“It was fun,” the 24-year-old added.',
      ],
      'It was fun',
      'Nic Claxton',
    ],
    [
      'a month before a body’s name is no given name',
      [
        'June Statistics Canada figures, released Friday, showed a drop in hiring.',
        '“The labour market is cooling,” the agency said.',
      ],
      'The labour market is cooling',
      'Statistics Canada',
    ],
    [
      'an amount in ringgit is no one a "she" can mean',
      ['The court fined him RM50,000 on Monday. “The fine is fair,” she said.'],
      'The fine is fair',
      null,
    ],
    [
      'nor is a smaller one (probe round 69)',
      [
        'The benchmark contract for October delivery dropped RM37 to RM3,912 per tonne at the close.',
        '“The market is waiting for New Delhi,” he said.',
      ],
      'waiting for New Delhi',
      null,
    ],
  ]);
});

describe('a body’s name without where it is based, and its acronym ending on a word (probe rounds 51 and 52)', () => {
  itNames('%s', [
    [
      'a firm introduced with where it is based and speaking on a day, found by "the company"',
      [
        'Pune-based Vardhan Agritech on Monday said it would shut a seed plant in Nashik.',
        '“Demand for the older hybrids has collapsed,” the company said.',
      ],
      'Demand for the older hybrids',
      'Vardhan Agritech',
    ],
    [
      'the same, found by "the company"',
      [
        'Manitoba-based Prairie Oat Growers Co-operative is recalling two brands of granola.',
        '“We are removing every affected bag,” the company said in a statement.',
      ],
      'We are removing every affected bag',
      'Prairie Oat Growers Co-operative',
    ],
    [
      'not an acronym whose word is not the last of the name before it',
      [
        'Two hikers were rescued on Sunday, Mountain Rescue Service (MRSTeams) said.',
        'A helicopter lifted them off the escarpment.',
        '“Both are in good spirits,” MRSTeams said in a statement.',
      ],
      'Both are in good spirits',
      'MRSTeams',
    ],
    [
      'not one whose capitals spell nothing before the word',
      [
        'Two rangers were hurt on Sunday, Lowveld Wildlife Reserve Board (XYZBoard) said.',
        '“Both are recovering,” XYZBoard said in a statement.',
      ],
      'Both are recovering',
      'XYZBoard',
    ],
    [
      'an acronym whose last word is written whole, its capitals the words before, as South African papers write some',
      [
        'Water restrictions will stay in place until March, Eastern Cape Water Board (ECWBoard) said.',
        '“Dam levels are still below a third,” ECWBoard said.',
      ],
      'Dam levels are still below a third',
      'Eastern Cape Water Board',
    ],
  ]);
});

describe('titles and acronyms of Malaysian and Nigerian copy (probe round 56)', () => {
  itNames('%s', [
    [
      'an acronym spelled out opening a sentence stands for the name without "The"',
      [
        'The Malaysian Anti-Corruption Commission (MACC) said the three men were arrested on Monday.',
        '“All three suspects will be remanded,” the MACC said in a statement.',
      ],
      'All three suspects will be remanded',
      'Malaysian Anti-Corruption Commission',
    ],
    [
      'but one whose letters take "The" keeps it',
      [
        'The Salvation Army (TSA) opened a winter shelter in Halifax on Monday.',
        '“Nobody should sleep outside in January,” TSA said.',
      ],
      'Nobody should sleep outside in January',
      'The Salvation Army',
    ],
    [
      '"Asst Comm" is a rank',
      [
        'Johor Bahru South district police chief Asst Comm Mohd Rizal Abdullah said 39 motorcycles were seized.',
        '“There will be no tolerance for illegal racing,” Mohd Rizal Abdullah said.',
      ],
      'There will be no tolerance',
      'Mohd Rizal Abdullah',
    ],
    [
      '"Hajiya" is an honorific',
      [
        'The chairperson of the forum, Hajiya Halima Danjuma-Okeke, said the law was rarely applied.',
        '“Our daughters should not be hawking,” Hajiya Halima Danjuma-Okeke said.',
      ],
      'Our daughters should not be hawking',
      'Halima Danjuma-Okeke',
    ],
    [
      '"Madam" is an honorific, as Singapore papers write it',
      [
        'Hawker Low Bee Hoon, 78, has run her noodle stall in Tiong Bahru for 50 years.',
        'Asked about a cookbook of her recipes, Madam Low laughed. “Cooking is cooking. Why need a book?” said Madam Low.',
      ],
      'Cooking is cooking',
      'Low Bee Hoon',
    ],
    [
      'a portfolio before the name is no part of it ("Minister of State for Sustainability")',
      [
        'Singapore will spend $120 million on hawker centres, Minister of State for Sustainability Farah Iskandar said on Saturday.',
        '“Technology must take some of the load,” Ms Farah told reporters.',
      ],
      'take some of the load',
      'Farah Iskandar',
    ],
    [
      '"Gda" is a Garda\'s rank, as Irish papers abbreviate it',
      [
        'The court heard from Gda Eoin Fahy, who arrested the accused in Ennis.',
        '“He told me he would not turn up for trial,” Gda Fahy said.',
      ],
      'would not turn up for trial',
      'Eoin Fahy',
    ],
    [
      '"Chief Magistrate" is a title, not part of the name',
      [
        'Chief Magistrate Wanjiru Kabiru released Josphat Achieng on a bond of Sh2 million.',
        '“Fears, however genuine, are not evidence,” the magistrate said.',
      ],
      'are not evidence',
      'Wanjiru Kabiru',
    ],
    [
      'a magistrate "ruled"',
      [
        'Chief Magistrate Wanjiru Kabiru released Josphat Achieng on a bond of Sh2 million.',
        'But the magistrate said the prosecution had not provided evidence. “Fears, however genuine, are not evidence,” she ruled.',
      ],
      'are not evidence',
      'Wanjiru Kabiru',
    ],
  ]);
});

describe('Irish, Welsh and Singaporean names and bodies, and a passive (probe rounds 68 and 69)', () => {
  itNames('%s', [
    [
      'a name opening a sentence before "whose", with an Irish particle, is one person',
      [
        'Finbarr Ó Ceallaigh, whose father opened Ó Ceallaigh’s Books in 1963, said the landlord had proposed a 70 per cent increase.',
        '“I’m not sure the city understands what it’s losing,” Mr Ó Ceallaigh told The Irish Times.',
      ],
      'not sure the city',
      'Finbarr Ó Ceallaigh',
    ],
    [
      'a Welsh "Ap" is a surname’s particle, not the news agency',
      [
        'Cardiff sprinter Lowri Ap Ifan has been selected for the relay squad.',
        '“I owe so much to my coach,” Ap Ifan told BBC Sport Wales.',
      ],
      'I owe so much',
      'Lowri Ap Ifan',
    ],
    [
      'a department naming "the Marine" after "and" is one body',
      [
        '“Payments are being processed as quickly as possible,” the Department of Agriculture, Food and the Marine said.',
      ],
      'Payments are being processed',
      'Department of Agriculture, Food and the Marine',
    ],
    [
      'so the farmer after it is whom "he" means',
      [
        'The Department of Agriculture, Food and the Marine said 94 per cent of applicants had been paid.',
        'Dairy farmer Enda Brady is owed almost €6,000. “I have bills to pay like anyone else,” he said.',
      ],
      'bills to pay',
      'Enda Brady',
    ],
    [
      'an album whose title opens a passive sentence is no one "she" means',
      [
        'Four years after her debut, the singer-songwriter Adaeze Nwachukwu returns with an album.',
        'Songs for the Night Bus was written on the N36. “I’d sit upstairs at the front with a notebook,” she said.',
      ],
      'sit upstairs',
      'Adaeze Nwachukwu',
    ],
    [
      'but one "quoted as saying" spoke',
      [
        'Kestrel Mining was quoted as saying the mine would close.',
        '“We have no other choice,” it said.',
      ],
      'no other choice',
      'Kestrel Mining',
    ],
  ]);
});

describe('a title’s last word and a shared double surname (probe round 70)', () => {
  itNames('%s', [
    [
      'a portfolio’s noun before a given name is the title’s, not the name’s',
      [
        'SSP Operations Shazia Durrani told reporters that the suspects had been tracked.',
        '“They were not professionals,” she said.',
      ],
      'not professionals',
      'Shazia Durrani',
    ],
    [
      'not when the article names someone with that word in full',
      [
        'Teachers are “looking to see who is on the ticket,” NEA President Lily Eskelsen García said.',
        'Eskelsen García said down-ballot races matter too.',
      ],
      'looking to see',
      'Lily Eskelsen García',
    ],
    [
      'nor when the article names them apart from someone they hold',
      [
        'Maria Santos, a nurse, said she would not join the strike.',
        '“We will strike,” union leader Lily Maria Santos said.',
      ],
      'We will strike',
      'Lily Maria Santos',
    ],
    [
      'of two people sharing a double surname, the one named last',
      [
        'The family of Ayesha Thornbury-Malik, the cyclist killed on the A38, said the sentence was too light.',
        'Outside court, her brother Idris Thornbury-Malik told reporters the family would appeal. “He was looking at his phone,” Thornbury-Malik said.',
      ],
      'looking at his phone',
      'Idris Thornbury-Malik',
    ],
  ]);
});

describe('given names used alone, and a double surname shared in one paragraph (probe round 69)', () => {
  itNames('%s', [
    [
      'a Malay given name of two words, after the full name',
      [
        'The research, led by Dr Nurul Ain Mokhtar of the Faculty of Biotechnology, was published last week.',
        '“The Matang strain stood out immediately,” Dr Nurul Ain said.',
      ],
      'Matang strain',
      'Nurul Ain Mokhtar',
    ],
    [
      'a Chinese given name of two words, after the family name written first',
      [
        'Mr Ong Kim Huat, 76, and his younger brother Ong Kim Soon, 71, took over the shop in 1973.',
        '“Our father told us a bicycle is honest,” said Mr Kim Soon.',
      ],
      'bicycle is honest',
      'Ong Kim Soon',
    ],
    [
      'not a name with a given name after it, two people a list ran together',
      ['The panel included Mehmet Oz Ivy and a dozen donors.', '“It is magic,” Mehmet Oz said.'],
      'It is magic',
      'Mehmet Oz',
    ],
    [
      'nor the last words of a name after a heading’s word, without an honorific',
      [
        'Her boss, RNC Chief of Staff Katie Walsh, said the party was ready.',
        '“We are playing catch up,” Katie Walsh said.',
      ],
      'catch up',
      'Katie Walsh',
    ],
    [
      'not the last words of a name opening on a given name',
      [
        'Mary Katie Walsh chairs the residents’ association.',
        '“We were never consulted,” Katie Walsh said.',
      ],
      'never consulted',
      'Katie Walsh',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'of two people sharing a surname named in the paragraph, neither by a guess',
      [
        'Salah Abu-Laban and his wife had been traveling together, wrote film director Osman Abu Laban, Abu-Laban’s nephew, on Facebook. “Oh Lord, have mercy and forgive them,” Abu Laban wrote.',
      ],
      'have mercy',
      'Salah Abu-Laban',
    ],
  ]);
});

describe('where someone lives or whose friend they are names no speaker; joined roles (probe round 68)', () => {
  itNames('%s', [
    [
      'one resident of a place named like a person',
      [
        'Residents in parts of Clonmel have been told to prepare for further flooding.',
        '“People are worn out,” one resident of Old Bridge said.',
      ],
      'worn out',
      null,
    ],
    [
      'a friend of someone named',
      [
        'Mary Jones was sentenced on Tuesday.',
        '“She was never the same after the accident,” a friend of Mary Jones said.',
      ],
      'never the same',
      null,
    ],
    [
      'two roles joined by a hyphen describe the person after them, not the place before',
      [
        'Four years after her debut, the Peckham singer-songwriter Ada Nwachukwu returns with an album.',
        '“I’d sit upstairs at the front with a notebook,” she told this paper.',
      ],
      'sit upstairs',
      'Ada Nwachukwu',
    ],
  ]);
});

describe('an office’s initials for its holder, the office written in lowercase (probe round 72)', () => {
  itNames('%s', [
    [
      '"the VC" after "vice-chancellor X"',
      [
        'Presidency University will introduce a data science programme, vice-chancellor Anasuya Bhattacharjee said on Wednesday.',
        '“We want statisticians who can code,” said the VC.',
      ],
      'statisticians who can code',
      'Anasuya Bhattacharjee',
    ],
    [
      'a surname that is a title’s abbreviation, ending the paragraph, keeps no full stop',
      [
        'The plan was drawn up by vice-chancellor Ruma Sen.',
        '“We want statisticians who can code,” said the VC.',
      ],
      'statisticians who can code',
      'Ruma Sen',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not a lesser office’s holder',
      [
        'The plan was drawn up by deputy vice-chancellor Ruma Sen on Monday.',
        '“We want statisticians who can code,” said the VC.',
      ],
      'statisticians who can code',
      'Ruma Sen',
    ],
  ]);
});

describe('guards from reviewing the rules of probe rounds 68-72', () => {
  itNames('%s', [
    [
      'a firm opening "According to", named like a person, is no one "he" means',
      [
        'Tom Hughes has run the shop for years.',
        'According to John Lewis, sales fell 3 per cent in December. “It was a tough month,” he said.',
      ],
      'tough month',
      'Tom Hughes',
    ],
    [
      'a service by letters and a digit speaks',
      ['“The threat level remains substantial,” MI5 said in a statement.'],
      'threat level',
      'MI5',
    ],
    [
      'a sum in Singapore dollars cannot',
      [
        'The stock dropped S$37 to S$3,912 at the close.',
        '“The market is waiting for New Delhi,” he said.',
      ],
      'waiting for New Delhi',
      null,
    ],
    [
      'nor one in billions of ringgit',
      [
        'The group made a net profit of RM3.9bn last year.',
        '“The market is waiting for New Delhi,” he said.',
      ],
      'waiting for New Delhi',
      null,
    ],
    [
      'a road’s number is no one',
      [
        'Work has begun on a roundabout at the junction of Mill Lane and the A614, already nicknamed the “Magic Muddle” on local Facebook groups.',
      ],
      'Magic Muddle',
      null,
    ],
    [
      '"According to" with an honorific before a known surname, set off before a description',
      [
        'Brindley’s Footwear is run by fourth-generation owner Colin Brindley, 66.',
        'According to Mr Brindley, the landlord, Deva Property Holdings, wants flats upstairs.',
        '“We offered to pay more. We just couldn’t pay double,” he said.',
      ],
      'pay double',
      'Colin Brindley',
    ],
    [
      '"According to" a name set off before a long description with an article',
      [
        'Cases of whooping cough have reached their highest level in a decade.',
        'According to Dr. Oluwaseun Adebanjo, a pediatric infectious disease specialist at the Alberta Children’s Hospital in Calgary, babies are most at risk. “The single best protection is a vaccine,” she said.',
      ],
      'single best protection',
      'Oluwaseun Adebanjo',
    ],
    [
      '"According to" a name set off before a role without an article',
      [
        'A spokesperson for Fisheries and Oceans Canada (DFO) said the traps had been set outside the season.',
        'According to Kenneth Paul, fisheries director for Tuktaqanik First Nation, the harvesters were exercising a treaty right.',
        '“Our people have fished these waters for thousands of years,” he said.',
      ],
      'fished these waters',
      'Kenneth Paul',
    ],
    [
      'a titled name is not a place named after its bearer',
      [
        'Traffic at Kwame Nkrumah Circle was halted on Monday.',
        '“We face neither East nor West,” Dr Kwame Nkrumah said in 1960.',
      ],
      'neither East nor West',
      'Kwame Nkrumah',
    ],
    [
      'a spokesperson for a department whose name is long',
      [
        '“We are paying for everything now,” a spokesperson for the Department of Agriculture, Food and the Marine said.',
      ],
      'paying for everything',
      'Department of Agriculture, Food and the Marine spokesperson',
    ],
    [
      'a nationality’s noun before a Dutch particle is no part of the name',
      [
        'Dutchman Van Dijk, 32, has captained the side since 2023.',
        '“We were not good enough today,” Van Dijk said.',
      ],
      'not good enough',
      'Van Dijk',
    ],
    [
      'a known surname set off after "according to" mid-sentence is whom "she" means',
      [
        'Nurhaida Jumdain, 29, teaches 34 children to read.',
        'Attendance, according to Jumdain, has doubled since the boats began. “Before, the children had to swim,” she said.',
      ],
      'had to swim',
      'Nurhaida Jumdain',
    ],
    [
      'of two people sharing a double surname, the one an honorific’s gender fits',
      [
        'Ayesha Thornbury-Malik, a nurse, founded the charity in 2019.',
        'Her brother Idris Thornbury-Malik joined later.',
        '“We will keep going,” Mrs Thornbury-Malik said.',
      ],
      'keep going',
      'Ayesha Thornbury-Malik',
    ],
    [
      'an honorific before a full name’s last words that open on a given name',
      [
        'Mary Katie Walsh chairs the residents’ association.',
        '“We were never consulted,” Ms Katie Walsh said.',
      ],
      'never consulted',
      'Katie Walsh',
    ],
    [
      'a titled name is not the start of a longer run the scan read',
      [
        'The voters backing Ted Cruz South Carolina counted on went home.',
        '“We will win,” Texas Sen. Ted Cruz said.',
      ],
      'We will win',
      'Ted Cruz',
    ],
    [
      'a passive with an adverb before its participle',
      [
        'Four years after her debut, the singer-songwriter Adaeze Nwachukwu returns with an album.',
        'Songs for the Night Bus was largely written on the N36. “I’d sit upstairs at the front with a notebook,” she said.',
      ],
      'sit upstairs',
      'Adaeze Nwachukwu',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'a department and a bank after "and the" are two bodies',
      [
        '“We are paying for everything now,” the Department of Finance, Revenue and the Central Bank said in a joint statement.',
      ],
      'paying for everything',
      'Department of Finance, Revenue and the Central Bank',
    ],
  ]);
});

describe('an age nobody was given (probe round 71)', () => {
  itNames('%s', [
    [
      'goes to the one whose surname opens its paragraph, named in full before, not a customer named since',
      [
        'Owner Georgios Papadakis, who took over from his father in 1983, said rents had made the business unviable.',
        'Customers have been queuing all week. Regular Fatima El-Haddad said she had bought her wedding cake there in 1996. “It’s the end of something,” she said.',
        'Mr Papadakis said he would miss the 4am starts least of all. “I won’t miss the alarm clock, but I will miss the people,” the 62-year-old said.',
      ],
      'miss the people',
      'Georgios Papadakis',
    ],
  ]);
});

describe('a question’s clause after a name set off (probe round 73)', () => {
  itNames('%s', [
    [
      'is no description of the name: the subject comes after it',
      [
        'Det Sgt Rhodri Penhallow said a call handler had transposed two digits.',
        'Asked by the family’s barrister, Oluwaseun Adeyemi KC, whether an earlier search could have saved him, Sgt Penhallow paused for several seconds.',
        '“I have asked myself that every day since,” he said.',
      ],
      'every day since',
      'Rhodri Penhallow',
    ],
    [
      'but "when asked" set off after a name still describes its subject',
      [
        'Councillor Ann Mercer spoke first.',
        'Tom Reed, when asked about the budget, said it was fine. “We are on track,” he said.',
      ],
      'on track',
      'Tom Reed',
    ],
  ]);
});

describe('body voices: a spokesperson for a body the mention describes (probe)', () => {
  itNames('%s', [
    [
      'a word for what the body is before its name is no part of it',
      [
        'The council approved the plan on Tuesday.',
        'A spokesperson for developer Harbourside Homes said: “We are disappointed.”',
      ],
      'We are disappointed',
      'Harbourside Homes spokesperson',
    ],
    [
      'a description of the body that ends on its noun is the body the article named',
      [
        'Nordvik Energy ASA cut its forecast on Tuesday.',
        '“We do not comment on rumours,” a spokesperson for the Oslo-based company said.',
      ],
      'do not comment',
      'Nordvik Energy ASA spokesperson',
    ],
    [
      'a spokesperson for a body by its short name, beside a longer body opening on it (review)',
      [
        'The Air Canada Pilots Association says its members will vote on a strike next week.',
        '“We remain at the table,” a spokesperson for Air Canada said.',
      ],
      'remain at the table',
      'Air Canada spokesperson',
    ],
    [
      'a spokeswoman for a person by a courtesy title, in full (probe41)',
      [
        'The opposition has called on Transport Minister Bronwyn Castellano to release the review.',
        'A spokeswoman for Ms Castellano said the review was “one of many inputs” and would not comment.',
      ],
      'one of many inputs',
      'Bronwyn Castellano spokeswoman',
    ],
    [
      'a spokeswoman for a person by title and name',
      [
        'The opposition has called on Transport Minister Bronwyn Castellano to release the review.',
        '“It is one of many inputs,” a spokeswoman for Transport Minister Bronwyn Castellano said.',
      ],
      'one of many inputs',
      'Bronwyn Castellano spokeswoman',
    ],
    [
      'not a surname alone, which may be a firm named for someone (review)',
      [
        'Premier Doug Ford says Ontario will fight U.S. tariffs on Canadian-made vehicles.',
        'Ford’s Oakville assembly plant employs about 3,000 workers.',
        '“We continue to monitor the situation closely,” a spokesperson for Ford said in an email.',
      ],
      'monitor the situation',
      'Ford spokesperson',
    ],
    [
      'a body named last in its sentence by an acronym, before "In" opens the next (probe43)',
      [
        'The building is owned by Crestline Residential REIT. In an emailed statement, a company spokesperson said that Crestline “regrets the inconvenience to residents.”',
      ],
      'regrets the inconvenience',
      'Crestline Residential REIT spokesperson',
    ],
    [
      'a spokesperson for a person the article named by the same role noun',
      [
        'Actor Tom Brisco was charged with assault on Friday.',
        '“He denies the allegation and will fight it,” a spokesperson for the actor said.',
      ],
      'denies the allegation',
      'Tom Brisco spokesperson',
    ],
    [
      'a representative for a person, the role before the name',
      [
        'Singer Leyla Marr cancelled the rest of her tour on Friday.',
        'A representative for the singer said: “Leyla needs time to rest and recover.”',
      ],
      'needs time to rest',
      'Leyla Marr representative',
    ],
  ]);
});

describe('body voices: a spokesperson after the body spoke (probe)', () => {
  itNames('%s', [
    [
      'in the paragraph before, and a body named by an acronym before a place',
      [
        'NHS Highland said it was investigating the complaint.',
        '“We apologise for the distress caused,” a spokeswoman said.',
      ],
      'We apologise',
      'NHS Highland spokeswoman',
    ],
    [
      'a company named in the paragraph before',
      [
        'Acme Corp. said it was investigating the complaint.',
        '“We take every report seriously,” a spokeswoman said.',
      ],
      'every report seriously',
      'Acme Corp. spokeswoman',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'but not a private person’s voice in the paragraph before',
      [
        '“I lost everything,” said resident Tom Reed.',
        '“We are reviewing the claim,” a spokeswoman said.',
      ],
      'reviewing the claim',
      'Tom Reed spokeswoman',
    ],
    [
      'nor a body’s when the quotation’s paragraph turned to another (review)',
      [
        'Tesco said prices would rise next month.',
        'Rival Asda has frozen prices. “We are committed to keeping prices low,” a spokeswoman said.',
      ],
      'keeping prices low',
      'Tesco spokeswoman',
    ],
  ]);
});

describe('body voices: a rank’s letters before a surname that is also a place (review)', () => {
  itNames('%s', [
    [
      'are a title, not a body’s branch',
      [
        'Detective Chief Inspector Ian Hastings said the search would go on.',
        '“We will not stop until we find her,” DCI Hastings said.',
      ],
      'will not stop',
      'Ian Hastings',
    ],
  ]);
});

describe('body voices: a country’s possessive before a company, as wire copy writes it (probe)', () => {
  itNames('%s', [
    [
      'is no part of the company’s name',
      [
        'Japan’s Tanaka Motors Corp. will recall about 340,000 vehicles, the automaker said on Friday.',
        '“No accidents or injuries have been reported,” the company said.',
      ],
      'No accidents',
      'Tanaka Motors Corp.',
    ],
    [
      'but is of a body named after its country',
      [
        'Canada’s Drug Agency said Tuesday it would not recommend coverage of the drug.',
        '“The evidence is not there,” the agency said.',
      ],
      'evidence is not there',
      'Canada’s Drug Agency',
    ],
  ]);
});

describe('a spokesman’s gender (probe round 45)', () => {
  itNames('%s', [
    [
      'a spokesman is no “she”',
      [
        'FOOTBALLER Dion Marsh-Akers has been accused of blocking a lane with his lorries by furious neighbours.',
        'Retired nurse Edith Carrow, 81, who has lived on Birch Row for 50 years, said: “The noise starts at six every morning.”',
        'A spokesman for the Rovers star hit back: “Dion has always respected his neighbours.”',
        'But the pensioner was having none of it. “Respected my foot,” she said. “I could not get my car out on Sunday.”',
      ],
      'could not get my car out',
      'Edith Carrow',
    ],
    [
      'a spokeswoman is still the “she” after her',
      [
        'A spokeswoman for Harwell County Council said the road would reopen on Friday.',
        '“We apologise for the delay,” she said.',
      ],
      'We apologise for the delay',
      'Harwell County Council spokeswoman',
    ],
  ]);
});

describe('an acronym whose letters a hyphenated place gives two of (probe round 45)', () => {
  itNames('%s', [
    [
      'a French transit body’s acronym',
      [
        'The Société de transport de Trois-Rivières (STTR) announced on Tuesday that four routes will be cut.',
        '“Without new funding we cannot keep the service,” the STTR said.',
      ],
      'Without new funding',
      'Société de transport de Trois-Rivières',
    ],
  ]);
});

describe('a Malay patronymic is part of the name (probe round 46)', () => {
  itNames('%s', [
    [
      '“binti” keeps the name going to the father’s name',
      [
        'SINGAPORE – Residents in Yishun have started a community fridge outside their block.',
        'The idea came from Ms Siti Rahmah binti Osman, 41, a nurse. “Nobody should have to go hungry,” she said.',
      ],
      'Nobody should have to go hungry',
      'Siti Rahmah binti Osman',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not a sentence’s first word before a particle',
      ['Meanwhile van Dijk said the team was ready.', '“We are ready,” he said.'],
      'We are ready',
      'Meanwhile van Dijk',
    ],
  ]);
});

describe('a surname opening on a lowercase particle finds the full name (probe round 46)', () => {
  itNames('%s', [
    [
      '“Mr van Dijk” after the full name',
      [
        'Pieter van Dijk, a father of three who founded the campaign, said families had been forced to move.',
        '“My eldest spent more time on a bus than in a classroom,” Mr van Dijk said.',
      ],
      'My eldest spent more time',
      'Pieter van Dijk',
    ],
    [
      'two particles, after a quotation and before one',
      [
        'Paco de la Fuente, a fisherman in Vigo, has worked the same boat for 30 years.',
        '“The quotas are killing us,” said Mr de la Fuente. “We cannot go on.”',
      ],
      'The quotas are killing us',
      'Paco de la Fuente',
    ],
    [
      'a given name that is a word too opens a sentence before a particle',
      [
        'Mark de Groot, who runs the bakery on the square, said the rent had doubled.',
        '“We cannot keep the doors open,” de Groot said.',
      ],
      'We cannot keep the doors open',
      'Mark de Groot',
    ],
    [
      'an honorific finds the daughter, not the father',
      [
        "Jose Eduardo dos Santos ruled Angola for 38 years. His daughter Isabel dos Santos became Africa's richest woman.",
        '“I have done nothing illegal,” Ms dos Santos said from London.',
      ],
      'I have done nothing illegal',
      'Isabel dos Santos',
    ],
  ]);
});

describe('a given name no list knows that ends like a nationality (probe round 46)', () => {
  itNames('%s', [
    [
      'a Welsh given name in -ian before a surname',
      [
        'Among the protesters was Gwenllian Tudur-Evans, who keeps 140 dairy cows near Capel Isaf.',
        '“The deadline is impossible,” Tudur-Evans said.',
      ],
      'The deadline is impossible',
      'Gwenllian Tudur-Evans',
    ],
    [
      'a nationality before a given name is still no part of the name',
      ['“We will keep going,” said Canadian Mark Tremblay.'],
      'We will keep going',
      'Mark Tremblay',
    ],
  ]);
});

describe('what a sentence is about is not a person (probe round 46)', () => {
  itDoesNotName('%s', [
    [
      'a book’s title set off after “her third book”',
      [
        'Ten years after her debut novel sold four copies, Adaeze Okonkwo-Lindqvist is on this year’s shortlist.',
        'Her third book, The Salt Orchard, follows three generations of women running a guesthouse.',
        'Over tea in her flat, she is frank about the lean years. “I wrote on my breaks, in pencil,” she says.',
      ],
      'I wrote on my breaks',
      'Salt Orchard',
    ],
  ]);
  itNames('%s', [
    [
      'a place’s word before two nouns names where the body is',
      [
        'The Thenmalai district administration has ordered the closure of 23 stone quarries after a blast.',
        'District Collector S. Meenakshi Sundaram said many quarries were operating beyond their permitted depth.',
        '“We have given these operators notice after notice,” he said.',
      ],
      'We have given these operators',
      'S. Meenakshi Sundaram',
    ],
  ]);
});

describe('titles and short forms of other naming customs (probe round 47)', () => {
  itNames('%s', [
    [
      'an Aboriginal elder’s “Aunty” with her given name',
      [
        'Ngarrindjal elder Aunty Dorothy Mallarda-Cox, 84, was among dozens who travelled to the hearing.',
        '“My mother started this claim, and she didn’t live to see it,” Aunty Dorothy said.',
      ],
      'My mother started this claim',
      'Dorothy Mallarda-Cox',
    ],
    [
      '“Uncle Kevin” stays the elder after another Kevin is named',
      [
        'Uncle Kevin Buzzacott, an Arabunna elder, protested at the mine site.',
        'BHP spokesman Kevin Brown rejected the claim. “We monitor the water closely,” Mr Brown said.',
        '“They always say that,” Uncle Kevin replied.',
      ],
      'They always say that',
      'Kevin Buzzacott',
    ],
    [
      'a Malay woman’s given names with her honorific',
      [
        'The initiative was started by Ms Nur Aisyah binti Kamaruddin, 34, a pre-school teacher.',
        'Ms Nur Aisyah said she had been inspired by a neighbour. “I couldn’t sleep that night,” she said.',
      ],
      'I couldn’t sleep that night',
      'Nur Aisyah binti Kamaruddin',
    ],
    [
      '“the council” is the council the article named, not a person its title names',
      [
        'Parents in Auchterbrae reacted with anger after Strathmorven Council confirmed plans to close the school.',
        'Parent council chair Morag Ferguson-Ali said families felt betrayed. ‘They promised us a consultation,’ she said.',
        'In a statement, the council said: ‘This has not been an easy recommendation.’',
      ],
      'This has not been an easy recommendation',
      'Strathmorven Council',
    ],
    [
      '“said the Town boss” after the club’s manager is named',
      [
        'Harbridge Town manager Alasdair Kerr-Mackintosh admitted his side were lucky to draw.',
        'Rovers led through goals from Tomasz Bielski before Town substitute Callum Bright headed home.',
        '“We were second best for 85 minutes,” said the Town boss.',
      ],
      'We were second best',
      'Alasdair Kerr-Mackintosh',
    ],
    [
      '“the Kingsmere boss” far from where the club’s manager is named, after the club’s statement',
      [
        "Kingsmere Athletic manager Dario Fenwick praised his players' spirit after a late equaliser earned a 1-1 draw at Holloway Road on Saturday.",
        'Bramley Town had led through an early penalty from Josh Harker and defended deep for most of the afternoon.',
        '"We kept knocking on the door and eventually it opened," Fenwick said. "I am proud of them."',
        'Substitute Leon Marsh levelled with six minutes left, heading in a cross from the left.',
        'Bramley manager Ruth Calder felt her side deserved more. "We did everything right except finish it off," she said.',
        'The home side had two goals ruled out for offside in the first half.',
        'Kingsmere said in a statement that a steward had been treated for a minor injury. "The club thanks the medical team for their quick response," the statement said.',
        'Fenwick also confirmed that defender Kai Reece would miss the next month with a knee injury.',
        '"Kai is gutted, we are all gutted for him," Fenwick said.',
        '"It\'s a real setback," the Kingsmere boss added, "but others will step up."',
      ],
      'a real setback',
      'Dario Fenwick',
    ],
  ]);
});

describe('name shapes of more newsrooms (probe round 47)', () => {
  itNames('%s', [
    [
      'a particle capitalised as a sentence opens is the surname of the one so named',
      [
        'Kingsmere City came from behind, with substitute Joël van Rijswijk heading the winner.',
        'Van Rijswijk, who had been on the pitch for nine minutes, was mobbed. ‘I saw the ball in the air,’ he said.',
      ],
      'I saw the ball in the air',
      'Joël van Rijswijk',
    ],
    [
      '“Hajah” is a title, and the short form finds the name with “binti”',
      [
        'Human Resources Minister Hajah Norlela binti Yusof said the new rate would help 4.3 million workers.',
        'Replying, Hajah Norlela said: “No employer is forbidden from paying more.”',
      ],
      'No employer is forbidden',
      'Norlela binti Yusof',
    ],
    [
      'a double surname whose second part opens on an elided particle',
      [
        'Capt. Leontyne Comeau-d’Entremont, who fishes out of Harwood Bay with her son, disagrees. “They held one meeting,” she says.',
      ],
      'They held one meeting',
      'Leontyne Comeau-d’Entremont',
    ],
    [
      'a role noun opening a long name is no part of it',
      [
        'Housewife Nor Azizah binti Che Mat, 52, said the water rose to her waist. “I grabbed my grandchildren,” she said.',
      ],
      'I grabbed my grandchildren',
      'Nor Azizah binti Che Mat',
    ],
    [
      '“the group” of a company’s results is the company',
      [
        'Pennington Foods, the owner of the Crustworthy bakery chain, said annual pre-tax profits rose 9pc to £212m.',
        'The group said: ‘Footfall in our shops has recovered to pre-pandemic levels.’',
      ],
      'Footfall in our shops',
      'Pennington Foods',
    ],
    [
      '“the lawmaker” is the senator who spoke',
      [
        'Sponsor of the bill, Senator Oluremi Fasanmi-Danjuma (Ekiti-Oke South), said coastal communities had waited for centuries.',
        'But Senator Abubakar Tanko-Wase (Kano-Arewa North) said the country did not need “another college on paper”. “We already have seven of these,” the lawmaker said.',
      ],
      'We already have seven',
      'Abubakar Tanko-Wase',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“the group” is no company when the article writes of groups of people',
      [
        'Pennington Foods said annual pre-tax profits rose 9pc. A campaign group of bakers protested outside.',
        'The group said: ‘Wages have not kept up.’',
      ],
      'Wages have not kept up',
      'Pennington Foods',
    ],
  ]);
});

describe('relatives in features (probe rounds 45 and 47)', () => {
  itNames('%s', [
    [
      'a brother who takes a stand is the “he” after him',
      [
        'The roastery that Amir Farahani and his younger brother, Darius Farahani, started in 2016 now supplies 300 cafés.',
        '“I was the one with the spreadsheets,” Amir says.',
        'His brother doesn’t dispute it. “Somebody had to find the good coffee,” he says.',
      ],
      'Somebody had to find the good coffee',
      'Darius Farahani',
    ],
    [
      'a distillery is no “she”',
      [
        'Ardoch Mhor Distillery was founded in 2011 by siblings Lachlan and Shona McIver-Grant. Mr McIver-Grant said the money would fund a second still house.',
        'His sister, the company’s master distiller, said the expansion would not change the spirit. ‘Not in this glen,’ she said.',
      ],
      'Not in this glen',
      'Shona McIver-Grant',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'a relative described, not speaking, leaves the “he” to the speaker',
      [
        'The roastery that Amir Farahani and his younger brother, Darius Farahani, started in 2016 now supplies 300 cafés.',
        '“I was the one with the spreadsheets,” Amir says.',
        'His brother was a chef before that. “Somebody had to find the good coffee,” he says.',
      ],
      'Somebody had to find the good coffee',
      'Darius Farahani',
    ],
  ]);
});

describe('more titles (probe round 48)', () => {
  itNames('%s', [
    [
      '“Encik” and “Mzee” are titles',
      [
        'Shopkeeper Encik Rahmat Sulaiman, 58, found the wallet outside his stall. “I thought about the person who lost it,” Encik Rahmat said.',
        'Elder Mzee Kibet arap Sang chaired the meeting. “They would call us to talk first,” Mzee arap Sang said.',
      ],
      'They would call us to talk first',
      'Kibet arap Sang',
    ],
    [
      'a given name after a title finds the name holding a father’s name',
      [
        'Father Abdullah bin Ahmad and son Ahmad bin Abdullah both sat the exam.',
        '“Age is just a number,” Encik Abdullah said.',
      ],
      'Age is just a number',
      'Abdullah bin Ahmad',
    ],
    [
      'not when someone bears the word as a surname',
      [
        'The village head, Abdullah bin Yusof, said the flooding was the worst in a decade.',
        'Farid Abdullah, a 40-year-old rubber tapper, lost his home. “I have nothing left,” Mr Abdullah said.',
      ],
      'I have nothing left',
      'Farid Abdullah',
    ],
    [
      '“los” is a particle',
      [
        'Juan de los Santos, a fisherman from Cebu, lost his boat in the storm.',
        '“We have nothing left to sell,” Mr de los Santos said.',
      ],
      'We have nothing left to sell',
      'Juan de los Santos',
    ],
    [
      '“said the Rovers boss” with no boss of theirs named is still the club',
      [
        'Harbridge Town manager Alasdair Kerr-Mackintosh admitted his side were lucky to draw with Wexley Rovers.',
        '“We should have won by three,” said the Rovers boss.',
      ],
      'We should have won by three',
      'Wexley Rovers',
    ],
    [
      '“Hon.” is a title',
      [
        'Ranking Member on the Finance Committee, Hon. Ama Dokyiwaa Frimpong, said the loan agreement had not been laid before the House. The Majority Leader, Hon. Yaw Kissi-Boateng, described the walkout as “theatrics”.',
        '“The Constitution is very clear,” she told journalists.',
      ],
      'The Constitution is very clear',
      'Ama Dokyiwaa Frimpong',
    ],
  ]);
  itNames('%s', [
    [
      '“Engr.” and “Atty.” are titles that keep their dot',
      [
        'The Commissioner for Works, Engr. Babatunde Olaniyan, visited the site. “Work will resume,” Engr. Olaniyan said.',
        'Atty. Maria Santos filed the petition. “We will see them in court,” Atty. Santos said.',
      ],
      'Work will resume',
      'Babatunde Olaniyan',
    ],
    [
      '“Hon” without its dot is a given name',
      [
        'The e-cigarette was invented by pharmacist Hon Lik in 2003. “I wanted to quit,” Hon Lik said.',
      ],
      'I wanted to quit',
      'Hon Lik',
    ],
  ]);
});

describe('honours before a name referred back to by role', () => {
  itNames('%s', [
    [
      '“Datuk” is no part of the name the committee chairman’s “he” takes',
      [
        'The state will spend RM120 million on flood defences, state Public Works committee chairman Datuk Mohd Fauzi Abdul Rahman said today.',
        '“I hope the contractors are chosen on merit,” Lenggong Hilir assemblyman Tan Chee Keong said.',
        'The committee chairman said the project would benefit about 30,000 residents.',
        '“We have learned our lesson,” he told reporters.',
      ],
      'We have learned our lesson',
      'Mohd Fauzi Abdul Rahman',
    ],
    [
      '“Datuk Seri” and “Datin” go, and a title after them as any title',
      [
        'PUTRAJAYA: Wages will be reviewed, said former plantation minister Datuk Seri Dr Noraini Ahmad. Her deputy, Datin Halimah Sadique, agreed.',
        'The former minister said the review was long overdue. “Workers deserve better,” she said.',
      ],
      'Workers deserve better',
      'Noraini Ahmad',
    ],
    [
      'initials start the name after an office’s “of”',
      [
        'Superintendent of Police (Cyber Crime) K.R. Venkataraghavan said the accused used stolen data.',
        '“Fear was the weapon,” Venkataraghavan said.',
      ],
      'Fear was the weapon',
      'K.R. Venkataraghavan',
    ],
    [
      '“Dato’ Sri” after an office goes too',
      [
        "PUTRAJAYA: Domestic Trade Minister Dato' Sri Armizan Mohd Ali said price controls on eggs would stay.",
        'The minister said the matter would be raised at the next meeting.',
        '“We have done what we can for now,” he told reporters.',
      ],
      'We have done what we can for now',
      'Armizan Mohd Ali',
    ],
    [
      '“Tan Sri” after an office, and the “he” after it',
      [
        'Inspector-General of Police Tan Sri Razarudin Husain said the suspects had been detained.',
        '“We will not tolerate this,” he said.',
      ],
      'We will not tolerate this',
      'Razarudin Husain',
    ],
    [
      '“Tan Sri” opening a sentence is no common word before a name',
      [
        'Tan Sri Lee Kim Yew, the founder of Country Heights Holdings, said the project was viable.',
        '“I have seen worse,” Lee said.',
      ],
      'I have seen worse',
      'Lee Kim Yew',
    ],
    [
      'an honour and the given names are the one named in full with a father’s name',
      [
        'Former prime minister Datuk Seri Ismail Sabri Yaakob said the coalition would contest every seat.',
        '“We are ready,” Datuk Seri Ismail Sabri said.',
      ],
      'We are ready',
      'Ismail Sabri Yaakob',
    ],
    [
      '“Tan Sri” and a given name',
      [
        'Former prime minister Tan Sri Muhyiddin Yassin said the coalition would contest every seat.',
        '“We are ready,” Tan Sri Muhyiddin said.',
      ],
      'We are ready',
      'Muhyiddin Yassin',
    ],
    [
      'a doctor with a whole name of two words is no one named with three before',
      [
        'Robert Mitchell Davies, 42, was charged with the killing on Monday.',
        '“The injuries were consistent with a fall,” said Dr Robert Mitchell, the county medical examiner.',
      ],
      'The injuries were consistent with a fall',
      'Robert Mitchell',
    ],
    [
      'an honour and one name is whom a name opens on, not the son named after him',
      [
        'Former Kedah Menteri Besar Tan Sri Sanusi Junid, whose son Datuk Akhramsyah Muammar Ubaidah Sanusi is contesting the seat, said he had no plans to campaign.',
        '“He is his own man,” Tan Sri Sanusi said.',
      ],
      'He is his own man',
      'Sanusi Junid',
    ],
    [
      'given names two people’s names open on are neither’s',
      [
        'A Kelantan judge, Datuk Nik Ahmad bin Nik Yusof, dismissed the case.',
        'Prosecutor Nik Ahmad Fadzli disagreed.',
        '“There is no evidence,” Datuk Nik Ahmad said.',
      ],
      'There is no evidence',
      'Nik Ahmad',
    ],
    [
      'a nickname in single marks is cut from the name, and names its bearer later',
      [
        "Cebu City Mayor Ramon 'Monching' Alcantara has ordered the closure of a quarry in Barangay Binaliw.",
        '“I will not allow any business to endanger the lives of Cebuanos,” Monching told reporters on Wednesday.',
      ],
      'I will not allow any business',
      'Ramon Alcantara',
    ],
    [
      'after an office’s “for”, a given name before a surname’s particle is the name’s',
      [
        'Minister for Health Cathal Ó Riordáin said he had informed the House as soon as the figures were verified.',
        '“I will not be lectured on transparency,” he said.',
      ],
      'I will not be lectured on transparency',
      'Cathal Ó Riordáin',
    ],
    [
      'a clause opening on a name no list knows is whom the pronoun after it means',
      [
        'When Wanjiku Mwangi lost her job at a flower farm in Naivasha, she turned to growing things.',
        '“People laughed when they saw me carrying sacks of soil,” she says.',
      ],
      'People laughed when they saw me',
      'Wanjiku Mwangi',
    ],
    [
      '“Tan” alone is a surname',
      [
        'Tan Siew Ling, who runs a kopitiam in Ipoh, said prices had risen.',
        '“Everything costs more now,” Tan said.',
      ],
      'Everything costs more now',
      'Tan Siew Ling',
    ],
    [
      'a given name after “Datuk” is no part of the honour',
      [
        'Former Kuala Lumpur police chief Datuk Amar Singh Ishar Singh said the force needed more investigators.',
        '“We are stretched thin,” the former police chief said.',
      ],
      'We are stretched thin',
      'Amar Singh Ishar Singh',
    ],
    [
      'a body’s letters before a name after an office’s “of” stay the body’s',
      [
        'Chief Executive of Citibank N.A. Jane Fraser said the restructuring would be completed this year.',
        '“We are simplifying the bank,” Fraser said.',
      ],
      'We are simplifying the bank',
      'Jane Fraser',
    ],
  ]);
  itNames('%s', [
    [
      'an honour opening a company’s name stays in it',
      [
        'Shares of Datuk Keramat Holdings Bhd fell 4 per cent on Bursa Malaysia.',
        '“We remain confident in our order book,” Datuk Keramat Holdings said in a statement.',
      ],
      'We remain confident in our order book',
      'Datuk Keramat Holdings',
    ],
  ]);
});

describe('the story’s subject and a family’s first-named member (probe round 49)', () => {
  itNames('%s', [
    [
      'a full name written before a relative’s is no later mention of the relative',
      [
        'Tipene Marsters beat the previous mark of 867 with 22 minutes of the final run to spare.',
        'His trainer and uncle, Manu Marsters, said the record had been two years in the planning.',
        'The 34-year-old was typically understated. “I just kept my head down and counted sheep,” he said.',
      ],
      'I just kept my head down and counted sheep',
      'Tipene Marsters',
    ],
    [
      'a founder is not the firm that bears his name',
      [
        'Sipho Dlamini, owner of Dlamini Transport, said fuel prices had doubled.',
        '“We cannot pass this on,” he said.',
      ],
      'We cannot pass this on',
      'Sipho Dlamini',
    ],
    [
      'an age no one was given is the person the lede opens on',
      [
        'Veteran flanker Callum Dryden marked his 150th appearance with two tries as Northgate Saints beat Riverside 31-17.',
        'Director of rugby Phil Armitage praised his captain afterwards. “What he did today is frankly ridiculous,” Armitage said.',
        '“The forwards laid the platform,” the 34-year-old said.',
      ],
      'The forwards laid the platform',
      'Callum Dryden',
    ],
    [
      'after a lede opening on “A”, the name the next paragraph opens on',
      [
        'A Canterbury shearer has smashed a world record by shearing 872 lambs in nine hours.',
        'Tipene Marsters beat the previous mark of 867, set by Welsh shearer Owen Pritchard in 2019.',
        '“I just kept my head down and counted sheep,” the 34-year-old said.',
      ],
      'I just kept my head down and counted sheep',
      'Tipene Marsters',
    ],
    [
      'a sentence opening on an age is whom the pronoun after it means',
      [
        'Veteran flanker Callum Dryden marked his 150th appearance with two tries as Northgate Saints beat Riverside 31-17.',
        'Director of rugby Phil Armitage praised his captain afterwards. “What he did today is frankly ridiculous,” Armitage said.',
        'The 34-year-old, who had been an injury doubt in midweek, played down his role. “The forwards laid the platform,” he said.',
      ],
      'The forwards laid the platform',
      'Callum Dryden',
    ],
  ]);
  itNames('%s', [
    [
      'a role before a surname the article gave in full before is that person',
      [
        'Striker Tom Smith scored twice as Riverside won 3-1.',
        '“It was a great team effort,” said coach Ann Lee.',
        'Striker Smith said: “We deserved the win.”',
      ],
      'We deserved the win',
      'Tom Smith',
    ],
    [
      'an age opening a sentence is not whom the sentence goes on to name',
      [
        'CEBU CITY — For 19 years, Lorna Bacalso-Tan cooked and cleaned for families in Riyadh and Hong Kong.',
        'The 58-year-old used her savings to set up the eatery, which she has named after her late mother, Nanay Pacing.',
        '“This small kitchen is my way of finally staying home,” she said.',
      ],
      'This small kitchen is my way of finally staying home',
      'Lorna Bacalso-Tan',
    ],
  ]);
});

describe('a role named after its quotations; a player by position (probe round 50)', () => {
  itNames('%s', [
    [
      'a role the next paragraph names is whoever spoke by it unnamed',
      [
        'Residents spent Thursday shovelling mud out of homes after the river crested overnight.',
        'The owner of the bakery on Bridge Street was among the first back inside. “The water came up so fast we lost everything,” she said.',
        'That owner, Marion Keedy, said volunteers from three churches arrived at dawn.',
      ],
      'The water came up so fast we lost everything',
      'Marion Keedy',
    ],
    [
      'a title before the name set off after the role is no part of it',
      [
        'The hospital’s director of emergency medicine said staff had treated 40 patients for heat stress.',
        '“People need to check on their neighbours,” she said.',
        'The director, Dr Priya Ramanathan, said an extra cooling bay had opened.',
      ],
      'People need to check on their neighbours',
      'Priya Ramanathan',
    ],
    [
      'a position after a player’s reported words is that player',
      [
        'Ashby drew 2-2 with the league leaders on Saturday.',
        'Ofori, 21, who scored his first senior goal, said he had dreamed of the moment for years. “I just closed my eyes and went for it,” the defender said.',
      ],
      'I just closed my eyes and went for it',
      'Ofori',
    ],
    [
      'a named owner’s relative is the one the article gave them',
      [
        'Linda Hoffman and her husband, Gary Hoffman, were walking their dog when it fell through the ice.',
        '“I was screaming,” Linda Hoffman said. Deputy Carla Nunez reached the dog within minutes.',
        '“Those two deputies saved our girl,” Linda’s husband said Monday.',
      ],
      'Those two deputies saved our girl',
      'Gary Hoffman',
    ],
    [
      '“his brother” after the brother introduced spoke is the other one',
      [
        'Tom Reed, 71, and his brother Jim Reed, 66, opened the garage in 1989.',
        '“We never advertised,” said Jim, who does the books.',
        '“Cheap parts and no lies,” his brother said.',
      ],
      'Cheap parts and no lies',
      'Tom Reed',
    ],
    [
      'and the brother introduced after the first one spoke',
      [
        'Tom Reed, 71, and his brother Jim Reed, 66, opened the garage in 1989.',
        '“We never advertised,” said Tom.',
        '“Cheap parts and no lies,” his brother said.',
      ],
      'Cheap parts and no lies',
      'Jim Reed',
    ],
    [
      '“her sister” after the younger sister spoke',
      [
        'Margaret Fenwick, 71, and her younger sister Ruth Fenwick-Oyelaran, 66, opened a tearoom in 1989.',
        '“It was all word of mouth,” said Ruth, who does most of the baking.',
        '“Butter. A great deal of butter,” her sister said.',
      ],
      'A great deal of butter',
      'Margaret Fenwick',
    ],
    [
      'a description placed where the reporter found them (“the woman at the stove”)',
      [
        '“You cannot rush it. Three days, sometimes four,” says the woman at the stove, wiping her hands.',
        'That woman is Meskerem Haile, 61, who has run Selam Kitchen since 2004.',
      ],
      'You cannot rush it',
      'Meskerem Haile',
    ],
    [
      'the name a feature gives after a short opening clause (“For eleven years, Rumana Chowdhury…”)',
      [
        'The first thing you notice in the kitchen is the smell of cardamom, then a woman in a green sari shouting instructions.',
        '“Nobody leaves this kitchen hungry. That’s the only rule,” she says.',
        'For eleven years, Rumana Chowdhury has run the community kitchen at the mosque in Whitechapel.',
      ],
      'Nobody leaves this kitchen hungry',
      'Rumana Chowdhury',
    ],
    [
      'the person a later paragraph says made the remark, an official too',
      [
        'OTTAWA — The Conservative finance critic says a tax on unrealized gains would “drive capital out of the country faster than you can say Cayman Islands.”',
        'Kirsten Hollis, the MP for Kelowna, made the remark during question period on Wednesday.',
        'Finance Minister Rajiv Bhatia dismissed the criticism.',
      ],
      'drive capital out of the country',
      'Kirsten Hollis',
    ],
    [
      'the name a feature gives later (“Her name is Kazuko Hamaguchi”)',
      [
        'The water off Toba in April is cold, but the woman pulling on a wetsuit below the lighthouse does not seem to notice.',
        '“When I was a girl, there were two hundred of us in this village,” she says.',
        'She is one of the last ama, free divers who have worked off the Shima Peninsula for two thousand years.',
        'Her name is Kazuko Hamaguchi, and she has been diving since she was fourteen.',
      ],
      'two hundred of us',
      'Kazuko Hamaguchi',
    ],
    [
      'a description the article later says is someone (“The carver is Darren Joseph”)',
      [
        'The first thing you notice in the workshop is the smell of cedar shavings and linseed oil.',
        '“My grandfather used to say the wood tells you what it wants to be,” the carver says.',
        'Commissions arrive from galleries in Seattle, Berlin and Tokyo.',
        'The carver is Darren Joseph, 56, a member of the Squamish Nation.',
      ],
      'the wood tells you what it wants to be',
      'Darren Joseph',
    ],
    [
      'a body’s words before the part its acronym spells are its name too',
      [
        'A plan to widen the motorway was dropped after the Capitol Valley Metropolitan Planning Organization (MPO) voted against it.',
        '“The benefits do not justify the displacement of residents,” the MPO said in a statement.',
      ],
      'The benefits do not justify the displacement of residents',
      'Capitol Valley Metropolitan Planning Organization',
    ],
  ]);
  itNames('%s', [
    [
      'a role’s possessive is someone else',
      [
        'The owner of the bakery on Bridge Street was among the first back inside. “We lost everything,” the owner’s lawyer said.',
        'That owner, Marion Keedy, said volunteers from three churches arrived at dawn.',
      ],
      'We lost everything',
      null,
    ],
    [
      'a pronoun of the other gender',
      [
        'The owner of the bakery on Bridge Street was among the first back inside. “We lost everything,” he said.',
        'That owner, Ms Marion Keedy, said she would reopen within a month.',
      ],
      'We lost everything',
      null,
    ],
    [
      'a body’s “centre” after a volunteer’s words',
      [
        'Volunteer Jane Smith said attendance at the drop-in centre had doubled. “We are looking for a new home,” the centre said in a statement.',
      ],
      'We are looking for a new home',
      null,
    ],
    [
      'whom a lede’s verb acts on is not its subject',
      [
        'Police have arrested Tom Jones after a pensioner was attacked in her home.',
        'Mary Smith, who lives next door, called police.',
        '“I heard screaming,” the 71-year-old said.',
      ],
      'I heard screaming',
      'Mary Smith',
    ],
    [
      'a role the article never wrote before the quotation',
      [
        'A neighbour, who asked not to be named, was among the first back inside. “I have never seen water like it,” she said.',
        'The owner, Marion Keedy, said the bakery would reopen within a month.',
      ],
      'I have never seen water like it',
      null,
    ],
    [
      'another owner’s relative',
      [
        'Linda Hoffman and her husband, Gary Hoffman, were walking their dog when it fell through the ice.',
        '“I was screaming,” Linda Hoffman said. Deputy Carla Nunez reached the dog within minutes.',
        '“She was brave,” Nunez’s husband said Monday.',
      ],
      'She was brave',
      null,
    ],
  ]);
});

describe('a nationality after a player’s words; Malay names by the name after Muhammad (probe round 50)', () => {
  itNames('%s', [
    [
      'a nationality no one was given, after a player’s words in its paragraph',
      [
        'China’s Chen Yuxin reached her first final on Saturday, beating third seed Sofia Marinescu in three sets.',
        'Marinescu, who was playing her third match in as many days, said her legs had “nothing left”. “She played the big points better than me,” the Romanian said.',
      ],
      'She played the big points better than me',
      'Sofia Marinescu',
    ],
    [
      'a Malay name by the name after “Muhammad”',
      [
        'Mr Muhammad Faizal Abdul Rahman was making a delivery when he saw smoke coming from a neighbouring unit.',
        '“The door was not locked, so I just went in,” said Mr Faizal, a father of three.',
      ],
      'The door was not locked, so I just went in',
      'Muhammad Faizal Abdul Rahman',
    ],
  ]);
  itNames('%s', [
    [
      'a people is none of them',
      [
        'Organisers said attendance from France had doubled. Pierre Laval, a visitor from Lyon, said he had come for the food. “The French always come back,” the French said in a joint statement.',
      ],
      'The French always come back',
      null,
    ],
  ]);
});

describe('parents, children and siblings the article introduced (probe round 50)', () => {
  itNames('%s', [
    [
      '“the younger” of a son introduced in the sentence after his father’s',
      [
        'In Port de Grave, Bernard Hynes has fished crab for 41 years. His son, Kyle Hynes, 27, bought his own boat three years ago.',
        '“I can’t afford one bad season,” the younger Hynes said.',
      ],
      'I can’t afford one bad season',
      'Kyle Hynes',
    ],
    [
      '“the older brother” of “X and his younger brother Y”',
      [
        'Vishnu Ramdeen, 45, and his younger brother Suresh Ramdeen, 39, left Moruga bay at 4am on Tuesday.',
        '“The wave just come from nowhere and flip we over,” the older brother said.',
      ],
      'The wave just come from nowhere',
      'Vishnu Ramdeen',
    ],
  ]);
});

describe('delayed identification (probe round 51)', () => {
  itNames('%s', [
    [
      'a description quoted before anyone is named is whom the next paragraph opens on',
      [
        'The chief executive of one of the province’s largest credit unions says stress-test rules are hurting smaller lenders.',
        '“The stress test was designed for big banks with big balance sheets,” the CEO told a luncheon Thursday.',
        'Angela Nakamura-Price, who has led Okanagan Pacific Credit Union since 2019, said the rules had cost her members thousands of mortgages.',
      ],
      'The stress test was designed for big banks',
      'Angela Nakamura-Price',
    ],
  ]);
  itNames('%s', [
    [
      'not after the article named someone',
      [
        'Grace Obi, who runs a shelter in Lagos, said demand had doubled. A volunteer was more blunt.',
        '“We are turning people away every night,” the volunteer said.',
        'Chidi Eze, who has lived near the shelter for years, said donations had fallen.',
      ],
      'We are turning people away every night',
      null,
    ],
    [
      'not after someone set off after a role whose name no list knows',
      [
        'Thousands of families in the char areas remain marooned as the river continued to flow above the danger level yesterday.',
        '“We have hired 14 more country boats,” said the upazila nirbahi officer (UNO) of Chilmari.',
        'The UNO, Mst Rubina Yasmin, said 23 schools had been turned into flood shelters.',
        'Abul Hossain, 60, of Ashtamir Char, said his family had been living on a raised platform. “The water came at night,” he said.',
      ],
      'We have hired 14 more country boats',
      null,
    ],
  ]);
});

describe('the second review’s readings (probe rounds 50 and 51)', () => {
  itNames('%s', [
    [
      'a quotation left open in straight marks keeps the tenant in view',
      [
        'The owner of the bakery on Bridge Street was among the first back inside. "We heard the water coming up the stairs,',
        'One tenant, a nurse who rents the flat upstairs, said she fled at midnight. "We lost everything," she said.',
        'That owner, Ms Marion Keedy, said she would reopen within a month.',
      ],
      'We lost everything',
      null,
    ],
    [
      'a family is no person named after it',
      [
        'A small bakery in Leeds has closed after 80 years, blaming energy bills.',
        '“We could not keep the ovens on,” the family said in a statement.',
        'Tom Baker, who delivered bread for the bakery for 20 years, said the closure was a blow.',
      ],
      'We could not keep the ovens on',
      null,
    ],
    [
      'a victim is not the accused named after her',
      [
        'A pensioner who was robbed at a bus stop says she no longer leaves her home.',
        '“I am scared all the time,” she said.',
        'Kayla Brooks, 19, admitted robbing the pensioner at the bus stop in March.',
      ],
      'I am scared all the time',
      null,
    ],
    [
      'a capitalised adjective opening the lede is no verb',
      [
        'Retired flanker Callum Dryden marked his 150th appearance with two tries as Northgate Saints beat Riverside 31-17.',
        'Director of rugby Phil Armitage praised his captain afterwards. “What he did today is frankly ridiculous,” Armitage said.',
        '“The forwards laid the platform,” the 34-year-old said.',
      ],
      'The forwards laid the platform',
      'Callum Dryden',
    ],
    [
      'whom a lede’s verb acts on is not its subject (the verb alone)',
      [
        'Voters have elected Tom Jones to the town council after a recount in Ashby.',
        'Mary Smith, who ran his campaign, said volunteers knocked on 3,000 doors.',
        '“We never gave up,” the 71-year-old said.',
      ],
      'We never gave up',
      'Mary Smith',
    ],
    [
      'a nationality whose word ends as a people’s may be one player',
      [
        'China’s Chen Yuxin reached her first final on Saturday, beating third seed Karolina Novotna in three sets.',
        'Novotna, who was playing her third match in as many days, said her legs had “nothing left”. “She played the big points better than me,” the Czech said.',
      ],
      'She played the big points better than me',
      'Karolina Novotna',
    ],
    [
      'a lowercase word after “His daughter,” is no child',
      [
        'In Port de Grave, Bernard Hynes has fished crab for 41 years. His son, Kyle Hynes, 27, bought his own boat three years ago. His daughter, meanwhile, runs the fish plant.',
        '“I can’t afford one bad season,” the younger Hynes said.',
      ],
      'I can’t afford one bad season',
      'Kyle Hynes',
    ],
    [
      'a role’s possessive written before is not the role',
      [
        'The owner’s son was the first back inside the bakery on Bridge Street. “We lost everything,” he said.',
        'That owner, Mr Tom Keedy, said volunteers from three churches arrived at dawn.',
      ],
      'We lost everything',
      null,
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“the older brother” is no woman',
      [
        'Anna Kowalski, 45, and her younger brother Piotr Kowalski, 39, left the harbour at 4am on Tuesday.',
        '“The wave came from nowhere,” the older brother said.',
      ],
      'The wave came from nowhere',
      'Anna Kowalski',
    ],
  ]);
});

describe('the lede’s unnamed subject, named next (probe round 52)', () => {
  itNames('%s', [
    [
      'an age the lede gave someone unnamed is whom the next paragraph names',
      [
        'A 52-year-old ferry worker who swam two kilometres to raise the alarm has been praised by the coastguard.',
        'Tomasz Wrona was checking mooring lines when he saw the dinghy capsize.',
        '“I just kept my eyes on the lighthouse,” the 52-year-old said.',
      ],
      'I just kept my eyes on the lighthouse',
      'Tomasz Wrona',
    ],
    [
      'after a dateline with a colon and a plain honorific',
      [
        'TAMALE: A 63-year-old farmer whose maize was washed away by the floods says he will replant next week.',
        'Mr Issahaku Alhassan Yakubu lost four acres when the White Volta burst its banks.',
        '“The river took everything, but the soil is still good,” the 63-year-old said.',
      ],
      'The river took everything',
      'Issahaku Alhassan Yakubu',
    ],
    [
      '“the teenager” after a lede opening on a teen’s age',
      [
        'A 16-year-old from Wanaka has become the youngest person to swim Lake Taupō.',
        'Mereana Pohatu finished the 40-kilometre crossing in just under 14 hours.',
        '“The last five kilometres were all in my head,” the teenager said.',
      ],
      'The last five kilometres were all in my head',
      'Mereana Pohatu',
    ],
    [
      'a relative the lede says something of is its subject, whatever work she did',
      [
        'A Sligo grandmother says she has been on a waiting list for cataract surgery for three years.',
        'Bridget Fallon, 74, a retired school secretary, contacted Deputy Marian Harkin after her eyesight worsened.',
        '“I can no longer read to my grandchildren,” the grandmother said.',
      ],
      'I can no longer read to my grandchildren',
      'Bridget Fallon',
    ],
    [
      'not after a lede about a crime, whose aged subject is the accused',
      [
        'A 47-year-old man who attacked a shopkeeper has been jailed for two years.',
        'Shopkeeper Kwasi Mensah told the court he still has nightmares.',
        '“I prayed and held on,” the 47-year-old said.',
      ],
      'I prayed and held on',
      null,
    ],
  ]);
});

describe('bodies by their names’ nouns, offices of a field and descriptions (probe round 53)', () => {
  itNames('%s', [
    [
      'a clause opening on a description, ending on a colon',
      [
        'Aoife Brennan, 34, a nurse, was driving home when she saw the car in the canal.',
        'The 34-year-old shrugged off the praise: “Anyone would have stopped. I just happened to be first.”',
      ],
      'Anyone would have stopped',
      'Aoife Brennan',
    ],
    [
      '“it” for a body whose name ends on “Forum”',
      [
        'The Kuching Heritage Forum, a coalition of residents’ groups, said in a statement that the demolition was premature.',
        '“Once these shophouses are gone, no future council can bring them back,” it said.',
      ],
      'Once these shophouses are gone',
      'Kuching Heritage Forum',
    ],
    [
      'a description opening a business lede is no body of its own',
      [
        'DETROIT — Auto parts supplier Harrow Components said Tuesday it will close its Flint plant.',
        '“This was a difficult decision,” the company said in a statement.',
      ],
      'This was a difficult decision',
      'Harrow Components',
    ],
    [
      'an age other than the one the lede gave its subject is someone else’s',
      [
        'A 19-year-old from a fishing village topped the national nursing exam, the board said on Friday.',
        'Maria Lourdes Bautista, a graduate of Samar State University, scored 92.4 percent.',
        'Her father, Ernesto Bautista, a fisherman, said the family had borrowed to pay her fees. “Every peso was worth it,” the 56-year-old said.',
      ],
      'Every peso was worth it',
      'Ernesto Bautista',
    ],
    [
      '“the researcher” for a scientist named by her field',
      [
        'Glaciologist Ingrid Solberg of the University of Tromsø and her team drilled 300 metres into the ice.',
        'The researcher describes the result plainly: “The ice is thinning from below, and faster than any model predicted.”',
      ],
      'The ice is thinning from below',
      'Ingrid Solberg',
    ],
    [
      'an office over a field names its holder for its other nouns',
      [
        'Storm general manager of football Darren Kemp said the decision was about the salary cap.',
        '“It came down to roster balance, nothing more,” the football boss said.',
      ],
      'It came down to roster balance',
      'Darren Kemp',
    ],
  ]);
});

describe('the lede’s subject by its noun, and nouns for a field (review rounds 56 and 57)', () => {
  itNames('%s', [
    [
      'the name set off after the lede’s noun',
      [
        'GILGIT: A 64-year-old porter who was trapped for three days by a landslide has been rescued.',
        'District officer Sadia Noor said a helicopter reached the village on Friday.',
        'The porter, Karim Baig Hunzai, lost two mules.',
        '“The mountain moved and I could only pray,” the 64-year-old said.',
      ],
      'The mountain moved',
      'Karim Baig Hunzai',
    ],
    [
      'after a plain honorific as West African papers write it',
      [
        'Keta: A 58-year-old trader whose shop was flooded has appealed for help.',
        'Madam Efua Dzokoto said she had lost stock worth GH¢20,000.',
        '“The water came in the night and took everything,” the trader said.',
      ],
      'The water came in the night',
      'Efua Dzokoto',
    ],
    [
      'a feature lede telling of its subject in the present tense',
      [
        'A 47-year-old taxi driver says he will not pay the new city levy.',
        'Mr Yaw Boateng, who drives the Kaneshie route, said fuel had already doubled his costs.',
        '“Every month there is a new charge,” the driver said.',
      ],
      'Every month there is a new charge',
      'Yaw Boateng',
    ],
    [
      '“the pacer” for a fast bowler',
      [
        'Ahmed Raza Khan, a right-arm fast bowler from Sahiwal, took 28 wickets this season.',
        '“I bowled every ball for my mother,” the pacer said.',
      ],
      'I bowled every ball for my mother',
      'Ahmed Raza Khan',
    ],
    [
      'not a son for a widow the lede opened on',
      [
        'A Mayo widow says she was left without heating for three weeks after her oil supplier went out of business.',
        'Her son, Martin Coyne, contacted this newspaper after failing to get a refund of €900 paid in advance.',
        '“Mam is 86. She was sitting in a coat in her own kitchen,” he said.',
        'Nora Coyne said she did not want a fuss made.',
        '“Others have it worse,” the widow said.',
      ],
      'Others have it worse',
      null,
    ],
    [
      'not the scientist for a researcher the article left unnamed',
      [
        'Epidemiologist Hana Sato and colleagues followed 12,000 adults for ten years.',
        'A researcher who was not involved in the study urged caution. “Self-reported sleep is a weak foundation,” the researcher said.',
      ],
      'Self-reported sleep is a weak foundation',
      null,
    ],
  ]);
});

describe('a body’s voice across a paragraph, and who acts in a lede (review round 57)', () => {
  itNames('%s', [
    [
      '“it” for the body that spoke, a paragraph of reporting between',
      [
        'The Western Fisheries Directorate has closed the oyster beds for six weeks.',
        '“Shellfish from these areas should not be eaten,” the directorate said.',
        'Shellfish already sold is being recalled. Restaurants have been told to check their stock.',
        '“We will reopen the beds when two sets of samples come back clear,” it said.',
      ],
      'We will reopen the beds',
      'Western Fisheries Directorate',
    ],
    [
      '“the statement” a paragraph after its sender spoke in it',
      [
        'The Millbrook Tenants Association has called on the council to halt the evictions.',
        '“Not one family was consulted,” the association said in a statement on Monday.',
        'The council has said the homes are unsafe and must be cleared.',
        '“We are not against repairs. We are against being ignored,” the statement said.',
      ],
      'We are not against repairs',
      'Millbrook Tenants Association',
    ],
    [
      'people by their role are not the body their noun names',
      [
        'The Southern Schools Inspectorate has rated Harewood College as inadequate.',
        'Inspectors found that attendance had fallen, the inspectorate said in a statement.',
        '“Leaders have not acted quickly enough,” the statement said.',
      ],
      'Leaders have not acted quickly enough',
      'Southern Schools Inspectorate',
    ],
    [
      '“the group” for a collective',
      [
        'The Quayside Potters Collective will leave its studios after the rent doubled.',
        'The collective has raised £30,000 towards a new space. “Every donation keeps the kilns running,” the group said.',
      ],
      'Every donation keeps the kilns running',
      'Quayside Potters Collective',
    ],
    [
      'a lede’s subject acting on a titled name is still its subject',
      [
        'Ingrid Solheim beat world champion Paula Reyes 6-3, 6-4 to reach the semi-finals of the Rome Open on Friday.',
        'Solheim credited coach Tomas Berg with spotting a weakness in Reyes’s backhand. “He told me where to serve,” she said.',
      ],
      'He told me where to serve',
      'Ingrid Solheim',
    ],
  ]);
});

describe('South African honorifics (probe round 53)', () => {
  itNames('%s', [
    [
      '“Mam’” is no part of the name',
      [
        'In Alexandra, Mam’ Grace Mokoena has run a soup kitchen from her garage since 2011.',
        '“As long as my hands work, I will cook,” she says.',
      ],
      'As long as my hands work',
      'Grace Mokoena',
    ],
  ]);
});

describe('a statement read in part (probe round 53)', () => {
  itNames('%s', [
    [
      '“The statement read in part,” after the body that sent it',
      [
        'The Kwara State Police Command has arrested four suspects over the kidnapping of a farmer.',
        'In a statement on Monday, the Kwara State Police Command said the suspects were arrested in Offa.',
        'The statement read in part, “The victim was rescued unhurt and has been reunited with his family.”',
      ],
      'The victim was rescued unhurt',
      'Kwara State Police Command',
    ],
  ]);
});

describe('a team acting on a player, and a question about another (probe round 54)', () => {
  itNames('%s', [
    [
      '“The 22-year-old” after a team’s signing of the one player it names',
      [
        'Swansea Harriers have signed Carmarthen flanker Rhodri ap Huw for next season.',
        'The 22-year-old, who has played for Wales at under-20 level, made 28 appearances last season.',
        'Harriers head coach Gareth Pryce said: “He is exactly what we have been missing.”',
        'The 22-year-old said: “I grew up watching the Harriers, so this is a dream come true.”',
      ],
      'I grew up watching the Harriers',
      'Rhodri ap Huw',
    ],
    [
      'a woman’s “she” after a man reported asking about her',
      [
        'Maria Velasquez, a nurse for 12 years, was the prosecution’s third witness.',
        '“He kept asking whether anyone had seen him,” Velasquez told jurors.',
        'Defense attorney Mark Feld asked whether she had performed a sobriety test. “That was not my job,” she said.',
      ],
      'That was not my job',
      'Maria Velasquez',
    ],
  ]);
});

describe('a one-word body’s “it” (probe round 54)', () => {
  itNames('%s', [
    [
      '“it” for a one-word body whose words the paragraph just gave',
      [
        'Residents in Tairāwhiti are being urged to prepare for more heavy rain.',
        'WeatherWatch said the rain was being driven by a slow-moving low. “Rainfall of this intensity is likely to cause flooding,” it said.',
      ],
      'Rainfall of this intensity',
      'WeatherWatch',
    ],
  ]);
});

describe('a feature lede’s role named in the next paragraph (probe round 54)', () => {
  itNames('%s', [
    [
      'the person the next paragraph opens on, after a present-tense lede',
      [
        'A 29-year-old teacher who saved for six years to buy her first flat says she was outbid four times in a month.',
        'Aisling Moran-Keane had a €30,000 deposit and mortgage approval in principle.',
        'Estate agent Donal Reidy said sealed bids were now common. “We have ten buyers for every two-bed,” he said.',
        '“It makes you feel you did everything right and it still doesn’t count,” the teacher said.',
      ],
      'It makes you feel you did everything right',
      'Aisling Moran-Keane',
    ],
  ]);
});

describe('a woman by her honorific and family name, a signing with its town (review round 59)', () => {
  itNames('%s', [
    [
      '“Gogo Zulu” is the grandmother, not the grandson who shares her name',
      [
        'Gogo Nomvula Khumalo, 79, has been reunited with the grandson who went missing from her home in Umlazi.',
        'Sipho Khumalo, 12, was found by police in Durban on Friday.',
        '“I did not sleep for a week,” Gogo Khumalo said.',
      ],
      'I did not sleep for a week',
      'Nomvula Khumalo',
    ],
    [
      'the player a club signed, before the town he came from',
      [
        'Newport Athletic have signed midfielder Owain Price on a two-year deal from Haverfordwest Town, the club announced.',
        'The 21-year-old made 29 appearances last season.',
        '“Owain is exactly what we needed,” said manager Gethin Lloyd.',
        '“I’m delighted to get it done,” the 21-year-old said.',
      ],
      'I’m delighted to get it done',
      'Owain Price',
    ],
  ]);
});

describe('a maker by the work the article gives with their name (probe round 54)', () => {
  itNames('%s', [
    [
      '“the author” whose novel the lede names',
      [
        'Adaeze Nwankwo-Hart’s second novel began with a letter she found in her father’s desk in Onitsha.',
        '“I didn’t know who had written it. Nobody would tell me,” the author says when we meet in Peckham.',
      ],
      'I didn’t know who had written it',
      'Adaeze Nwankwo-Hart',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not when two people’s books are named',
      [
        'Adaeze Nwankwo-Hart’s second novel and Tomas Berg’s new book are both shortlisted.',
        '“I didn’t expect this,” the author said.',
      ],
      'I didn’t expect this',
      'Adaeze Nwankwo-Hart',
    ],
  ]);
});

describe('where this session’s rules must not reach (a review of 800f1e8..62ea838)', () => {
  itNames('%s', [
    [
      'a campaign’s manager after the candidate’s name',
      [
        'Bernie Sanders campaign manager Faiz Shakir was blunt: “We are going all the way to the convention.”',
      ],
      'We are going all the way',
      'Faiz Shakir',
    ],
    [
      'the surname a couple shares, and their ages',
      [
        'Tom Reed, 72, says the wet summer has cost him half his honey.',
        'Margaret and Tom Reed have kept hives on their farm near Ballymena since 1974.',
        '“I have never seen a year like it,” Reed said.',
        '“We may have to sell,” the 72-year-old said.',
      ],
      'We may have to sell',
      'Tom Reed',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'the coach of a sprinter is not the sprinter',
      [
        'Police interviewed the coach of sprinter Amara Okafor after she failed a drugs test.',
        'Okafor, 29, denies wrongdoing.',
        '“She has never taken anything,” the coach said.',
      ],
      'She has never taken anything',
      'Amara Okafor',
    ],
    [
      'a lede’s man is not the woman the next paragraph opens on',
      [
        'A 72-year-old man who has kept bees for 50 years says the wet summer has cost him half his honey.',
        'Margaret Reed keeps hives with her husband on their farm near Ballymena.',
        '“I have never seen a year like it,” the 72-year-old said.',
      ],
      'I have never seen a year like it',
      'Margaret Reed',
    ],
    [
      'a lede’s woman is not the man the next paragraph opens on',
      [
        'A 31-year-old teacher who saved for seven years says she was gazumped on the day she was due to exchange.',
        'Tom Reed had agreed to sell her his two-bedroom flat in Hove for £290,000.',
        '“I was in tears,” the teacher said.',
      ],
      'I was in tears',
      'Tom Reed',
    ],
    [
      '“it” after a report comes in is not a surname',
      [
        'The public protector released her report into the tender on Monday.',
        '“The findings are damning,” Mkhwebane said at a briefing in Pretoria. The report, which runs to 300 pages, recommends criminal charges. “No official is above the law,” it said.',
      ],
      'No official is above the law',
      'Mkhwebane',
    ],
    [
      '“it” after someone unnamed was reported speaking between',
      [
        'The Marine Food Safety Directorate has recalled shellfish from two farms in the bay after a toxin was found.',
        '“There is no risk to the public from products still on sale,” the directorate said.',
        'The company that runs both farms said it was cooperating fully and had halted all harvesting.',
        '“We are devastated,” it said.',
      ],
      'We are devastated',
      'Marine Food Safety Directorate',
    ],
    [
      'a described person receiving another’s words',
      [
        'Sprinter Amara Okafor, 29, won her first national title on Saturday.',
        'Her coach, Dave Lyle, had texted her before the final.',
        'The 29-year-old then received a second message from him: “Go and enjoy it.”',
      ],
      'Go and enjoy it',
      'Amara Okafor',
    ],
  ]);
});

describe('a Fijian chief’s title (probe round 55)', () => {
  itNames('%s', [
    [
      '“Ratu” is no part of the name',
      [
        'Floodwaters cut off three villages in Tailevu on Sunday, said Ratu Semi Tuisawau, the district’s chief.',
        '“We are using a bamboo raft to carry the elderly and the children,” Ratu Semi said.',
      ],
      'We are using a bamboo raft',
      'Semi Tuisawau',
    ],
  ]);
});

describe('a lawyer’s title of Quebec and South Africa (session 46)', () => {
  itNames('%s', [
    [
      'Quebec’s “Me” is no part of the name',
      [
        'Quebec lawyer Me Julie Tremblay, who represents the family, said the ruling was a relief.',
        '“We waited six years for this,” Me Tremblay said.',
      ],
      'We waited six years',
      'Julie Tremblay',
    ],
    [
      'nor is an advocate’s abbreviated title, whose dot ends no sentence',
      ['“We will appeal,” said Adv. Thuli Madonsela, the former public protector.'],
      'We will appeal',
      'Thuli Madonsela',
    ],
    [
      'nor an advocate’s title in full',
      [
        'National Prosecuting Authority regional spokesperson Advocate Busisiwe Khumalo-Zungu said bail was opposed.',
        '“We have witnesses who are still employed by the municipality,” Khumalo-Zungu said.',
      ],
      'We have witnesses',
      'Busisiwe Khumalo-Zungu',
    ],
  ]);
});

describe('a body a sentence opens on is a later "it" (session 46)', () => {
  itNames('%s', [
    [
      'a water company that apologised, whatever the verb',
      [
        'Thames Water apologised to customers in south London after a burst main left 3,000 homes without water.',
        '“We are sorry for the disruption and crews are working through the night,” it said.',
      ],
      'We are sorry for the disruption',
      'Thames Water',
    ],
    [
      'a firm that acted, the next sentence its words',
      [
        'Acme Holdings cancelled all flights from Leeds on Sunday. “We are sorry for the delays,” it said.',
      ],
      'We are sorry for the delays',
      'Acme Holdings',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not a body named after the sentence’s subject',
      [
        'Fenwick Airport has said passengers should allow extra time at security over Easter.',
        'A survey by the Travel Industry Council found that one in four families planned a trip abroad.',
        '“New scanners in our north terminal mean liquids no longer need to be taken out,” it said.',
      ],
      'New scanners in our north terminal',
      'Travel Industry Council',
    ],
    [
      'not while another’s words were just given',
      [
        '“The safety of children is our highest priority,” Pennywhistle Games said.',
        'The Product Safety Office has published details of the affected batches on its website.',
        '“Customers will receive a full refund,” it said.',
      ],
      'Customers will receive a full refund',
      'Product Safety Office',
    ],
    [
      'not a plural body',
      [
        'The PACs, all of which share a name, spent $890,000 on digital advertising.',
        '“We will keep spending,” it said.',
      ],
      'We will keep spending',
      'PACs',
    ],
  ]);
});

describe('bodies opening on a region’s word, honorifics’ genders, "according to him" (probe round 57)', () => {
  itNames('%s', [
    [
      'a force whose name opens a sentence on a region’s word keeps it',
      [
        'Northern Territory Police said the stolen car failed to stop when directed.',
        '“Driving in this manner puts every road user at risk,” police said in a statement.',
      ],
      'Driving in this manner',
      'Northern Territory Police',
    ],
    [
      'a Quebec firm’s “Groupe” is its name’s first word',
      ['Groupe Forestier Laurentide said: “This decision was not taken lightly.”'],
      'This decision was not taken lightly',
      'Groupe Forestier Laurentide',
    ],
    [
      '“Mr” shows a man named outside any sentence’s subject, whose “he” follows',
      [
        'The exercise was launched by Mr Abdulai Kamara and Ms Fatmata Sesay.',
        '“The council alone cannot win this fight,” he said.',
      ],
      'The council alone cannot win',
      'Abdulai Kamara',
    ],
    [
      '“according to him,” before the words',
      [
        'The clean-up was launched by the council’s chief administrator, Mr Abdulai Fofanah Kamara.',
        'According to him, “The council alone cannot win this fight.”',
      ],
      'The council alone cannot win',
      'Abdulai Fofanah Kamara',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not “according to her” before her plan’s name',
      [
        'Senator Jane Ruiz spoke on Monday.',
        'According to her “clawback” plan, firms must repay any assistance they received.',
      ],
      'clawback',
      'Jane Ruiz',
    ],
  ]);
});

describe('an orchestra’s voice and the bench’s “Honour” (probe round 57)', () => {
  itNames('%s', [
    [
      '“the orchestra” for a Philharmonic the article named',
      [
        'Sir Geoffrey Hallam, the conductor who transformed the Tyneside Philharmonic, has died aged 92.',
        'In a statement, the orchestra said: “Sir Geoffrey was the architect of everything we are today.”',
      ],
      'architect of everything',
      'Tyneside Philharmonic',
    ],
    [
      '“her Honour” for the judge',
      [
        'In sentencing him on Friday, Justice Helen Varga said the attack was ferocious.',
        '“The offender’s illness does not explain the number of wounds,” her Honour said.',
      ],
      'does not explain',
      'Helen Varga',
    ],
    [
      '“her Honour” for a magistrate',
      [
        'Magistrate Joan Baptie said the offending was serious.',
        '“You put lives at risk,” her Honour said.',
      ],
      'You put lives at risk',
      'Joan Baptie',
    ],
  ]);
  itNames('%s', [
    [
      'but “Honour” a woman’s given name stays hers',
      ['Honour Nkosi, a nurse, spoke to reporters.', '“We are tired,” Honour said.'],
      'We are tired',
      'Honour Nkosi',
    ],
  ]);
});

describe('Nigeria’s “Barr.” and a portfolio in -logy (probe round 57)', () => {
  itNames('%s', [
    [
      '“Barr.” is a title, whose dot ends no sentence',
      [
        'The Peoples Democratic Party chairman, Barr. Ezekiel Gambo Kauru, said the charge was laughable.',
        '“We have no need to buy anybody’s card,” he said.',
      ],
      'no need to buy',
      'Ezekiel Gambo Kauru',
    ],
    [
      'but “Barr.” after a given name is a surname and a full stop',
      [
        '“That was when I met Joe,” said Ellen Barr. Joe was 19. “He was the funniest man in Ohio.”',
      ],
      'That was when I met Joe',
      'Ellen Barr',
    ],
    [
      'a portfolio ending in -logy before a name no list knows',
      [
        'Speaking on a radio programme, Secretary for Environment and Ecology Tse Chi-kwong said participation had exceeded expectations.',
        '“In some estates, more than 60 per cent of households are taking part,” Tse said.',
      ],
      'more than 60 per cent',
      'Tse Chi-kwong',
    ],
  ]);
});

describe('a force’s or a body’s unnamed voice (probe round 57)', () => {
  itNames('%s', [
    [
      '“a police spokesperson” is the force’s',
      [
        'A man was arrested in Calgary, the Calgary Police Service said.',
        '“He was not armed,” a police spokesperson said.',
      ],
      'He was not armed',
      'Calgary Police Service spokesperson',
    ],
    [
      '“A spokesperson said:” opening the paragraph after the body spoke',
      [
        'Norfolk County Council said the bridge had been found to be unsafe during a routine inspection.',
        'A spokesperson said: “We appreciate the disruption this is causing and we’re working to reopen the bridge.”',
      ],
      'We appreciate the disruption',
      'Norfolk County Council spokesperson',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not a resident’s, after the body spoke in the paragraph before',
      [
        'Norfolk County Council said the bridge had been found to be unsafe.',
        'Resident Tom Reed said he was angry. A spokesperson said: “We are working on it.”',
      ],
      'We are working on it',
      'Norfolk County Council spokesperson',
    ],
  ]);
});

describe('“the lawmaker”, “the solon” (probe round 57)', () => {
  itNames('%s', [
    [
      '“the solon” for a Philippine district representative',
      [
        'TACLOBAN CITY — Leyte 3rd District Rep. Marco Antonio Lagunzad has filed a bill seeking to upgrade the provincial hospital.',
        'Under House Bill No. 8821, the hospital would be placed under the Department of Health.',
        '“Patients travel for hours only to share a bed with two or three others,” the solon said in a statement.',
      ],
      'share a bed',
      'Marco Antonio Lagunzad',
    ],
    [
      '“the lawmaker” for the representative, not the union member named after her',
      [
        'Rep. Jane Doe spoke at the rally. Union member Tom Reed disagreed.',
        '“This will cost jobs,” the lawmaker said.',
      ],
      'This will cost jobs',
      'Jane Doe',
    ],
  ]);
});

describe('an interview’s answers after its introduction (probe round 57)', () => {
  itNames('%s', [
    [
      'the person the introduction named, a question between',
      [
        'With restaurant closures mounting, we asked Kenneth Ip Chun-hei, chairman of the Hong Kong Small Eateries Association, what is going wrong.',
        'How bad is the situation?',
        '“We estimate that at least 300 restaurants closed in the first half of the year.”',
        'Is it fair to blame Shenzhen?',
        '“Shenzhen is cheaper and the service is good. We cannot pretend otherwise.”',
      ],
      'Shenzhen is cheaper',
      'Kenneth Ip Chun-hei',
    ],
  ]);
});

describe('a grandparent by the next sentence’s grandchild (probe round 57)', () => {
  itNames('%s', [
    [
      '“Her 9-year-old grandson” opening the sentence after hers',
      [
        'A Frayser family is picking up the pieces after a car crashed into their living room overnight.',
        'Dorothy Pruitt, 68, was asleep in the back bedroom. Her 9-year-old grandson, Marcus, had fallen asleep on the couch.',
        '“I heard a boom like a bomb went off,” the grandmother said.',
      ],
      'I heard a boom',
      'Dorothy Pruitt',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not a place the sentence names before it',
      [
        'The bakery opened on Ada Lane in 1989. Her granddaughter, Lucy, reopened it last month.',
        '“She baked by feel,” the grandmother said.',
      ],
      'She baked by feel',
      'Ada Lane',
    ],
  ]);
});

describe('firms by their trade’s word, whatever their verb (review 60)', () => {
  itNames('%s', [
    [
      'a ferry company that apologised, its words the next paragraph',
      [
        'Southlink Ferries apologised to passengers on Tuesday after a ferry was left drifting for nine hours.',
        '“We are deeply sorry for the distress caused,” it said.',
      ],
      'deeply sorry',
      'Southlink Ferries',
    ],
    [
      'a listed cement maker by its legal ending',
      [
        'Okoya Cement Plc posted a 42 per cent rise in half-year profit on Thursday.',
        '“Demand from infrastructure projects remained strong,” it said in a filing.',
      ],
      'Demand from infrastructure',
      'Okoya Cement Plc',
    ],
    [
      'but a woman whose surname is the word stays a woman',
      [
        'Western Ferries said services on the Clyde were suspended because of high winds.',
        'Gillian Ferries, a commuter from Dunoon, said she was stranded.',
        '“I will lose a day of pay,” she said.',
      ],
      'lose a day of pay',
      'Gillian Ferries',
    ],
  ]);
});

describe('a constabulary by its initials (probe round 57)', () => {
  itNames('%s', [
    [
      '“the RNC” for the Royal Newfoundland Constabulary',
      [
        'ST. JOHN’S, N.L. — A 41-year-old man is facing charges after a break-in at a pharmacy, the Royal Newfoundland Constabulary says.',
        '“The suspect was located a short distance away,” the RNC said.',
      ],
      'located a short distance away',
      'Royal Newfoundland Constabulary',
    ],
  ]);
});

describe('a description’s own relative clause names someone else (probe round 57)', () => {
  itDoesNotName('%s', [
    [
      'not the official who flanked the chief',
      [
        'At a durbar at Kyebi on Saturday, the Adontenhene of the traditional area, Nana Kwame Ampofo Darko III, said the river had turned the colour of cocoa.',
        '“Today, even our animals refuse to drink from it,” said the chief, who was flanked by elders and the District Chief Executive, Mr Yaw Oppong-Kyei.',
      ],
      'even our animals refuse',
      'Yaw Oppong-Kyei',
    ],
  ]);
});

describe('where this session’s rules must not reach (a review of 68784ad..4fc7da8)', () => {
  itDoesNotName('%s', [
    [
      '“according to her” before someone’s own reporting clause',
      [
        'Maria Lopez, 34, took her son to the clinic on Friday. According to her, the doctor told her: “There is nothing wrong with him, go home.”',
      ],
      'nothing wrong with him',
      'Maria Lopez',
    ],
    [
      'a body fined, whose “it” is the regulator',
      [
        'Thames Water was fined £3m by Ofwat on Tuesday. “The company has repeatedly failed its customers,” it said.',
      ],
      'repeatedly failed',
      'Thames Water',
    ],
    [
      'a body that commissioned a report, whose “it” is the report',
      [
        'Acme Holdings commissioned an independent report into the crash. “Safety was treated as an afterthought,” it said.',
      ],
      'an afterthought',
      'Acme Holdings',
    ],
    [
      'a given name Honor, no judge’s “Honour”',
      [
        'Magistrate Helen Varga heard the case on Tuesday. Honor Blake, 12, the victim’s sister, gave evidence by video link.',
        '“I just wanted him to stop,” Honor said.',
      ],
      'wanted him to stop',
      'Helen Varga',
    ],
    [
      'a symphony that is a work, no orchestra',
      [
        'Conductor Marin Alsop led a performance of Beethoven’s Ninth Symphony on Saturday.',
        '“We rehearsed for months to get this right,” the orchestra said in a statement.',
      ],
      'rehearsed for months',
      'Beethoven’s Ninth Symphony',
    ],
    [
      'an interview’s answers are no one its question names',
      [
        'With restaurant closures mounting, we asked a restaurant owner in Sheung Wan, who did not want to be named, whether Chief Executive John Lee’s relief package will help.',
        'How bad is the situation?',
        '“We estimate that at least 300 restaurants closed.”',
        'Is it fair to blame Shenzhen?',
        '“Shenzhen is cheaper and the service is good.”',
      ],
      '300 restaurants closed',
      'John Lee',
    ],
    [
      'the grandmother is not whoever opens the sentence before her grandchild',
      [
        'Firefighters said Linda Hart, a neighbour, ran into the burning house on Elm Street.',
        'Linda Hart pulled Dorothy Pruitt, 68, out through a window. Her 9-year-old grandson, Marcus, was rescued by firefighters minutes later.',
        '“I could hear him calling for me,” the grandmother said.',
      ],
      'calling for me',
      'Linda Hart',
    ],
  ]);
  itNames('%s', [
    [
      '“Mr. Barr.” ends a sentence',
      [
        'Attorney General William Barr spoke to reporters on Monday.',
        '“The investigation is over,” said Mr. Barr. The decision angered Democrats. “This is a cover-up,” said Senator Chuck Schumer.',
      ],
      'The investigation is over',
      'William Barr',
    ],
    [
      '“said Barr.” ends one',
      ['“The investigation is over,” said Barr.'],
      'The investigation is over',
      'Barr',
    ],
    [
      'a police spokeswoman after the force spoke is a person',
      [
        'Lancashire Police said a man had been arrested.',
        '“Inquiries are continuing,” a police spokeswoman said.',
      ],
      'Inquiries are continuing',
      'Lancashire Police spokeswoman',
    ],
  ]);
});

describe('a lede’s unnamed role is no one given another office (session 46)', () => {
  itDoesNotName('%s', [
    [
      'not the league secretary for “the linesman” (review 41f)',
      [
        'A linesman was attacked after the final whistle at a Sunday league game.',
        'League secretary Paul Grant, 60, said the club would be expelled.',
        '“This is the worst thing I’ve seen in 30 years,” Grant said.',
        '“I’m not going back,” the linesman said.',
      ],
      'not going back',
      'Paul Grant',
    ],
  ]);
  itNames('%s', [
    [
      'but a professor may be the lede’s geologist',
      [
        'A Dalhousie University geologist has spent a decade mapping the faults under Halifax harbour.',
        'Professor Miriam Oduya and three students drilled 40 cores from the seabed.',
        '“The harbour floor is younger than anyone thought,” the geologist said.',
      ],
      'younger than anyone',
      'Miriam Oduya',
    ],
  ]);
});

describe('titles of Botswana, Britain’s clergy and South Asian police (probe round 56)', () => {
  itNames('%s', [
    [
      '“Honourable” in full',
      [
        'Government will review the policy, the Minister of Trade and Industry, Honourable Kgosietsile Ramotswa, has said.',
        '“We will not hesitate to blacklist any company found fronting,” said the minister.',
      ],
      'blacklist any company',
      'Kgosietsile Ramotswa',
    ],
    [
      '“The Revd”',
      [
        'The Revd Sarah Hollings, who runs the food bank, said: “These are people doing everything right.”',
      ],
      'doing everything right',
      'Sarah Hollings',
    ],
    [
      '“SSP” before a Sri Lankan officer’s name',
      [
        'Police have arrested 1,452 persons, Police Media Spokesman SSP Chaminda Rathnayake said.',
        '“The identity of informants will be kept secret,” SSP Rathnayake added.',
      ],
      'identity of informants',
      'Chaminda Rathnayake',
    ],
  ]);
});

describe('a “she” after someone unnamed is brought in is no woman named before (session 46)', () => {
  itDoesNotName('%s', [
    [
      '“One woman stood up” before her “she”',
      [
        'Ms Ann Lee chaired the meeting on Tuesday.',
        'Residents complained about the noise from the site.',
        'One woman stood up at the back of the hall. “We cannot sleep,” she said.',
      ],
      'We cannot sleep',
      'Ann Lee',
    ],
  ]);
});

describe('a hospital named for a person is no person (probe round 56)', () => {
  itNames('%s', [
    [
      '“the 34-year-old” is the mother, not the Royal Alexandra Hospital',
      [
        'A Paisley mum has raised more than £12,000 for the neonatal unit that cared for her premature twins.',
        'Kirsty McAllister’s sons were born at 27 weeks at the Royal Alexandra Hospital in 2022.',
        'The 34-year-old said: “The staff in that unit didn’t just look after the boys, they looked after us too.”',
      ],
      'looked after us too',
      'Kirsty McAllister',
    ],
  ]);
});

describe('South Asian and South African bar and names (probe round 58)', () => {
  itNames('%s', [
    [
      '“Barrister” before a Bangladeshi lawmaker’s name',
      [
        '“Every monsoon, the people of Badda pay the price in knee-deep water,” said Barrister Sayeda Nasrin Haque, who moved the petition.',
      ],
      'knee-deep water',
      'Sayeda Nasrin Haque',
    ],
    [
      '“SC” (Senior Counsel) after an advocate’s name',
      [
        'Advocate Ruan Kotzé SC, for accused one to three, told the judge that the witness had changed his story.',
        '“He is not a witness this court can rely on,” he said.',
      ],
      'not a witness this court',
      'Ruan Kotzé',
    ],
    [
      '“Sen” inside a Bengali name is no senator',
      [
        '“Who got the contract and who got the commission?” asked Arijit Sen Sharma, the BJP councillor.',
      ],
      'Who got the contract',
      'Arijit Sen Sharma',
    ],
    [
      'but “Sen” opening a run is still the title',
      ['“We will fight,” said Sen Elizabeth Warren.'],
      'We will fight',
      'Elizabeth Warren',
    ],
  ]);
});

describe('a common word opening a sentence before its noun is no body (probe round 58)', () => {
  itNames('%s', [
    [
      '“Net profit…, the group said” leaves the group the firm the lede named',
      [
        'Glove maker Permata Glove Industries Bhd has posted its first quarterly profit in two years.',
        'Net profit for the second quarter came in at RM18.4 million, the group said in a filing with Bursa Malaysia.',
        '“The group remains cautiously optimistic on the outlook,” it said.',
      ],
      'cautiously optimistic',
      'Permata Glove Industries Bhd',
    ],
    [
      '“Revenue at Tarnlow rose…, the company said”',
      [
        'Quarry operator Tarnlow Aggregates said on Thursday it would buy rival Bexmoor Stone for £140 million.',
        'Revenue at Tarnlow rose 9 per cent last year, the company said.',
        '“This deal gives us national reach,” the company said.',
      ],
      'national reach',
      'Tarnlow Aggregates',
    ],
    [
      'but a body so named before its verb keeps the closing noun (review 41’s guard)',
      [
        'Revenue seized cigarettes worth more than €1.2 million at Rosslare Europort on Tuesday, the agency said.',
        'The cigarettes were found in a trailer that had arrived on a ferry from Cherbourg.',
        '“Investigations are ongoing,” the agency said.',
      ],
      'Investigations are ongoing',
      'Revenue',
    ],
  ]);
});

describe('where this session’s later rules must not reach (a review of b3f3bb6..61cd000)', () => {
  itDoesNotName('%s', [
    [
      'a GP who “says” is not the patient named after her',
      [
        'A GP says she has been forced to turn away dozens of patients every week.',
        'Mary Kerr, 81, waited three weeks for an appointment at the surgery in Larne.',
        '“We simply do not have enough doctors,” the GP said.',
      ],
      'not have enough doctors',
      'Mary Kerr',
    ],
    [
      'a councillor who “has criticised” a landlord is not the landlord',
      [
        'A Labour councillor has criticised a landlord over conditions at a block of flats in Salford.',
        'Peter Harland, who owns the building, said repairs were under way.',
        '“It is a disgrace that families are living like this,” the councillor said.',
      ],
      'a disgrace',
      'Peter Harland',
    ],
    [
      'a pensioner brought in is no woman named paragraphs before',
      [
        'Ms Ann Lee chaired the meeting on Tuesday.',
        'Residents complained about the noise from the site.',
        'Then a pensioner from Mill Lane stood up. “We cannot sleep,” she said.',
      ],
      'We cannot sleep',
      'Ann Lee',
    ],
  ]);
  itNames('%s', [
    [
      'a club whose one-word name is an English word keeps the closing noun',
      [
        'Benfica have been fined by UEFA after crowd trouble at last season’s match, the club confirmed.',
        'Arsenal supporters travelling to Lisbon have been warned not to wear club colours, the club said.',
        '“Fans should follow the advice of local police,” the club said.',
      ],
      'advice of local police',
      'Arsenal',
    ],
    [
      '“the Honourable Society of the Middle Temple” keeps its name',
      ['“We are sorry,” the Honourable Society of the Middle Temple said.'],
      'We are sorry',
      'Honourable Society of the Middle Temple',
    ],
  ]);
});

describe('a name opening a sentence before a surname’s particle', () => {
  itNames('%s', [
    [
      'a given name no list knows stays before a Welsh particle',
      ['Rhodri ap Iorwerth said: “The bus was their lifeline to the doctor.”'],
      'lifeline to the doctor',
      'Rhodri ap Iorwerth',
    ],
    [
      'and before a Kalenjin one',
      ['Kibet arap Rono said: “The rains came late this year for every farmer.”'],
      'rains came late',
      'Kibet arap Rono',
    ],
    [
      'a nationality is no given name',
      ['Welsh ap Dafydd scored twice for the under-21s. “I am buzzing,” he said.'],
      'I am buzzing',
      'ap Dafydd',
    ],
    [
      'an English word opening the sentence stays out of the name',
      ['Meanwhile de Blasio said: “The city will not back down on this.”'],
      'will not back down',
      'de Blasio',
    ],
  ]);
});

describe('an interview’s answers for whom its introduction says was asked', () => {
  itNames('%s', [
    [
      'not the body named after them',
      [
        'The Sunday Times spoke to Anushka Fernando-Ratnayake, chief executive of the Colombo Tea Brokers’ Association, about the outlook.',
        'Q: Why are prices holding up when volumes are down?',
        'A: “Buyers in the Middle East have been very active this season.”',
      ],
      'Buyers in the Middle East',
      'Anushka Fernando-Ratnayake',
    ],
    [
      'a description between “spoke to” and the name, and questions with no “Q:”',
      [
        'Ahead of the festival, the Chronicle spoke to local author Miriam Castell about her new novel.',
        'Why write about the evacuation now?',
        '“Because the people who lived it are almost all gone.”',
        'How much of the book is based on her life?',
        '“The bones of it. The characters are invented.”',
      ],
      'The bones of it',
      'Miriam Castell',
    ],
    [
      'who “sat down with us”, not a name the question writes',
      [
        'Dairy economist Leah Vandersloot of Great Lakes Dairy Analytics sat down with us to discuss milk prices.',
        'Q: Where do you see Class III prices heading this fall?',
        'A: “I think we will see some recovery, probably into the high teens.”',
      ],
      'some recovery',
      'Leah Vandersloot',
    ],
    [
      'who “talks to us”, not the horse the question names',
      [
        'Champion conditional rider Ellie Brannigan-Shaw talks to us about her first ride in the Gold Cup and life in the weighing room.',
        'How did you find out you had the ride on Lough Arrow?',
        '“The boss rang me on a Sunday night and told me I was on him.”',
        'What are your ambitions beyond this season?',
        '“I would love to ride a Grade One winner at Cheltenham.”',
      ],
      'The boss rang me',
      'Ellie Brannigan-Shaw',
    ],
    [
      'not whom the interviewee “spoke to”',
      [
        'Saskia Vormann, 29, is the new head chef at Ostra. She spoke to Dana Ellery about fish and failure.',
        'What was your first kitchen job?',
        '“Washing dishes at my uncle’s diner in Truro.”',
        'And your worst day in a kitchen?',
        '“My first night running the pass at Ostra.”',
      ],
      'My first night',
      'Saskia Vormann',
    ],
    [
      'past an abbreviation’s dot, not the school named after',
      [
        'Kavitha Raghavan-Nair, 39, became principal of St. Aloysius Boys’ School in Kochi in June. She spoke to Arvind Menon. Edited excerpts:',
        'What was the reaction when you were appointed?',
        '“Mixed. One senior teacher was not pleased.”',
        'What is the first thing you changed?',
        '“I scrapped the ranking list on the notice board.”',
      ],
      'I scrapped the ranking list',
      'Kavitha Raghavan-Nair',
    ],
    [
      'the one the introduction names first, not a prize named after',
      [
        'Novelist Ines Carvalho-Brandt’s third book, The Salt Orchard, was shortlisted for the Booker Prize last week. She spoke to us from her home in Lisbon.',
        'Q: You have said this book took you eleven years. Why so long?',
        'A: “Because I kept lying in it, draft after draft.”',
      ],
      'kept lying in it',
      'Ines Carvalho-Brandt',
    ],
    [
      'who “talks to the Gazette” by a pronoun, past a question with a reporting verb of its own',
      [
        'Solicitor Farah Qureshi-Lind spent six years as a paralegal. She talks to the Gazette about the route.',
        'Was it worth it?',
        '“For me, yes. I could not afford to stop working.”',
        'What would you tell someone starting out?',
        '“Keep a record of everything you do from day one.”',
      ],
      'Keep a record',
      'Farah Qureshi-Lind',
    ],
  ]);
});

describe('judges in law reports’ style (probe round 59)', () => {
  itNames('%s', [
    [
      '“But the judge, Sir X,” names whom “the judge” means later',
      [
        'The High Court has dismissed the challenge to the fee scheme.',
        'But the judge, Sir Alastair Pemberton-Oakes, said the claimants had failed to show the fees were too low.',
        '“The court is not the forum for a debate about legal aid funding,” the judge said.',
      ],
      'not the forum',
      'Alastair Pemberton-Oakes',
    ],
    [
      '“Moncrieff-Boyd LJ said”: a Lady Justice’s title after her surname',
      [
        'Lady Justice Harriet Moncrieff-Boyd, giving the lead judgment, said the parties had agreed how notices were served.',
        '“Convenience is not a substitute for compliance,” Moncrieff-Boyd LJ said.',
      ],
      'not a substitute',
      'Harriet Moncrieff-Boyd',
    ],
    [
      '“Hale J said”: a High Court judge’s',
      [
        'Mr Justice Tobias Hale dismissed the claim.',
        '“The claimant has shown no arguable case,” Hale J said.',
      ],
      'no arguable case',
      'Tobias Hale',
    ],
  ]);
});

describe('a body named again by its noun or for its spokesperson (probe round 59)', () => {
  itNames('%s', [
    [
      '“the college” for a royal college named for its fields, “and” between them',
      [
        'The survey was carried out by the Royal College of Acute and Emergency Medicine, which said the figures were the worst it had recorded.',
        '“This is a whole system failure,” the college said.',
      ],
      'whole system failure',
      'Royal College of Acute and Emergency Medicine',
    ],
    [
      '“a Commission spokesperson” for the European Commission named before',
      [
        'The European Commission has rejected calls from five member states to delay the rules.',
        '“Companies have known what is expected of them,” a Commission spokesperson said.',
      ],
      'Companies have known',
      'European Commission spokesperson',
    ],
  ]);
  itNames('%s', [
    [
      'a spokesperson for a body’s noun no body was named by keeps the noun',
      ['“It is a mess,” a Council spokesperson said.'],
      'It is a mess',
      'Council spokesperson',
    ],
  ]);
});

describe('live blogs and bodies that act before their voice speaks (probe round 60)', () => {
  itNames('%s', [
    [
      'an update’s time is no word before a name: “09:03 Welcome to…” names no one',
      [
        '09:03 Welcome to live coverage of day two of the Coalbrook public inquiry.',
        '09:41 First witness today is structural engineer Dr Fiona Haldane, who inspected the bridge in 2019. She tells the inquiry she recommended a full load test. “I wrote that in bold in my report,” she says.',
      ],
      'in bold in my report',
      'Fiona Haldane',
    ],
    [
      '“The authority has just issued an update: “…”” is the authority’s',
      [
        '14:02 — The Wessex Rivers Authority says flood warnings remain in place for the River Avonmere.',
        '14:31 — Council leader Helen Stroud says 40 households have been evacuated. “Please, if you are told to leave, leave,” she said.',
        '14:48 — The authority has just issued an update: “Water levels at Lydford are expected to peak this evening.”',
      ],
      'expected to peak',
      'Wessex Rivers Authority',
    ],
    [
      '“A spokeswoman said:” after the body the sentence before opened on, set off after its noun',
      [
        '07:30 Nurse Fiona Achterberg says she has no way to get to work. “That’s a day’s pay gone,” she says.',
        '07:52 The operator, Westmarch Rail, has apologised. A spokeswoman said: “We are deeply sorry for the disruption our customers are facing.”',
      ],
      'deeply sorry',
      'Westmarch Rail spokeswoman',
    ],
  ]);
});

describe('utilities’ names, Manx and Nepali titles, and a question put to someone (probe round 60)', () => {
  itNames('%s', [
    [
      '“the utility” for a water and sanitation company, its two services joined by “and”',
      [
        'NDOLA – Mwambashi Water and Sanitation Company says water supply to parts of Ndola will be disrupted for 48 hours.',
        '“The disruption is necessary to replace worn-out valves,” the utility said in a statement.',
      ],
      'worn-out valves',
      'Mwambashi Water and Sanitation Company',
    ],
    [
      'a member of the House of Keys: “MHK” after the name is no part of it',
      [
        'Committee member Juan Kermode MHK said the scheme would bring a derelict building back into use.',
        '“It has been an eyesore for the best part of 20 years,” he told the meeting.',
      ],
      'an eyesore',
      'Juan Kermode',
    ],
    [
      '“Deputy High Bailiff Martin Quirk”: a Manx judge’s title before his name',
      [
        'Connor Skillicorn, 23, appeared before Deputy High Bailiff Martin Quirk.',
        '“Ninety-four miles per hour is simply unacceptable,” Mr Quirk said.',
      ],
      'simply unacceptable',
      'Martin Quirk',
    ],
    [
      '“Ward Chairperson Hari Prasad Poudel”: a chairperson’s title, after “According to”',
      [
        'According to Ward Chairperson Hari Prasad Poudel, the elephant destroyed two houses.',
        '“People are afraid to sleep at night,” Poudel said.',
      ],
      'afraid to sleep',
      'Hari Prasad Poudel',
    ],
    [
      '“asked Mrs Varcoe whether she…”: her reply, not the barrister’s',
      [
        'Helen Varcoe was giving evidence at the trial of Simon Lacey.',
        'Defence barrister Owen Price asked Mrs Varcoe whether she had ever made a mistake identifying a forgery. “Not that I know of,” she replied.',
      ],
      'Not that I know of',
      'Helen Varcoe',
    ],
  ]);
  itNames('%s', [
    [
      'two bodies of the same service stay two',
      [
        'Thames Water and Southern Water both raised bills this year.',
        '“We have invested record sums,” Southern Water said.',
      ],
      'record sums',
      'Southern Water',
    ],
  ]);
});

describe('what a review of this session’s rules found (review61)', () => {
  itNames('%s', [
    [
      'an interview’s “She spoke to us” is the woman named last before it, not the prime minister before her',
      [
        'When Keir Starmer appointed her minister for loneliness last year, Ruth Ashdown-Pryce had never held a government job. She spoke to us at her constituency office in Stroud.',
        'What does a minister for loneliness actually do?',
        '“Mostly I knock on the doors of other departments and ask them to think about people who live alone.”',
        'Has the prime minister given you any money?',
        "“Some. Not enough. I'd be lying if I said otherwise.”",
      ],
      'Mostly I knock',
      'Ruth Ashdown-Pryce',
    ],
    [
      'not a predecessor “who spoke to the Gazette last month”',
      [
        'Councillor Jim Hale, who spoke to the Gazette last month about library closures, stood down from the cabinet on Friday. His successor as culture lead, Priya Nandakumar, agreed to answer our questions.',
        'Will any more libraries close?',
        '“Not on my watch. We have found the money for the next two years at least.”',
        'Where did the money come from?',
        '“From reserves, and from a deal with the county on the mobile library service.”',
      ],
      'Not on my watch',
      'Priya Nandakumar',
    ],
    [
      'not the reporter who “talked with” the interviewee',
      [
        "Tech reporter Sam Okoro talked with Halden design director Lise Arnesen about the company's first electric bicycle.",
        'Q: Why did Halden wait so long to build an e-bike?',
        'A: “We did not want to put a motor on a bad bicycle. It took four years to design a good one.”',
        'Q: Who is it for?',
        'A: “People who used to cycle and stopped because of the hills.”',
      ],
      'did not want to put a motor',
      'Lise Arnesen',
    ],
    [
      'a captain set off before “talked to the Mail”, not a name the question writes',
      [
        "England's new Test captain, Harry Brookfield, talked to the Mail about the winter ahead.",
        'Your former teammate Joe Root said last week that you were the best young batter he had played with. Is that fair?',
        '“Joe is very kind. I think he says that about everyone under 25.”',
        'What will you change in the dressing room?',
        '“Less talking, more listening. That is the plan anyway.”',
      ],
      'Joe is very kind',
      'Harry Brookfield',
    ],
    [
      'an institute beside a person named after “and” keeps its own name',
      [
        'The Institute for Fiscal Studies and Torsten Bell, the pensions minister, have clashed over the cost of the triple lock.',
        "“These are not our numbers, they are the Treasury's own,” the institute said.",
      ],
      'not our numbers',
      'Institute for Fiscal Studies',
    ],
    [
      'a water company and another body’s officers stay two bodies',
      [
        'Thames Water and Environment Agency officers were called to the River Kennet near Newbury on Tuesday after hundreds of dead fish were found.',
        'Thames Water said: “We are investigating whether a sewage overflow upstream was involved.”',
        'The Environment Agency said: “Our officers are taking samples along a two-mile stretch of the river.”',
      ],
      'Our officers are taking samples',
      'Environment Agency',
    ],
    [
      '“MLC” after a member’s name is no part of it',
      [
        "The NSW upper house has passed a motion calling for an inquiry into the state's water buybacks.",
        'Robert Borsak MLC said: “Irrigators have been treated like criminals for trying to make a living.”',
      ],
      'treated like criminals',
      'Robert Borsak',
    ],
    [
      'an initial after a given name and a surname is no judge’s title',
      [
        'Police in Kochi have arrested three men in connection with the theft of gold from a temple in Ernakulam.',
        'Circle inspector Anil Kumar J said: “The gold was melted down within a day of the theft and sold in Thrissur.”',
      ],
      'melted down',
      'Anil Kumar J',
    ],
  ]);
  itNames('%s', [
    [
      'an interview’s “She spoke to us” is not the play or the academy named before it',
      [
        'KOLKATA: Theatre director Sudeshna Bhattacharjee’s new Bengali adaptation of The Cherry Orchard opens at the Academy of Fine Arts on Friday. She spoke to us about the production.',
        'Why Chekhov, and why now?',
        '“Every neighbourhood in north Kolkata has a house like the Ranevskayas’.”',
        'You have cast your own son as Lopakhin. Was that difficult?',
        '“He auditioned like everyone else.”',
      ],
      'He auditioned',
      'Sudeshna Bhattacharjee',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“A Commission spokesperson” after two commissions is neither one’s guessed',
      [
        'The European Commission has asked Ireland to explain delays in its handling of cross-border privacy complaints.',
        "Ireland's Data Protection Commission, which regulates most of the largest US technology firms in Europe, has faced criticism for the length of its investigations.",
        'A Commission spokesperson said: “We expect all national authorities to apply the rules consistently and without undue delay.”',
      ],
      'apply the rules consistently',
      "Ireland's Data Protection Commission spokesperson",
    ],
    [
      'a response “from its founder” shared by the company is not the company’s',
      [
        'BrewDog has been criticised by former staff after its co-founder, James Watt, posted about working hours on social media.',
        'The company later shared a response from its founder: “I got the tone wrong and I apologise to anyone who was hurt by it.”',
      ],
      'got the tone wrong',
      'BrewDog',
    ],
  ]);
});

describe('interviews with answers inline, clergy, chiefs, clubs and spokesmen (probe round 61)', () => {
  itNames('%s', [
    [
      'a question and its quoted answer in one paragraph, after “We caught up with her”',
      [
        'Famo singer ’Malineo Mosala has become the first woman to headline the Morija Arts Festival. We caught up with her backstage.',
        'You grew up in Mafeteng. How did famo find you? “My father played the concertina at every wedding in the village.”',
        'Did anyone try to stop you? “Many. They said a woman singing famo is looking for trouble.”',
      ],
      'looking for trouble',
      'Malineo Mosala',
    ],
    [
      '“Five questions with X”, answers inline',
      [
        'Five questions with Beth Ann Pruitt, the new director of the Harlan Creek Public Library.',
        'What drew you to Harlan Creek? “My grandmother, Opal Pruitt, grew up here.”',
        'What will change? “Longer evening hours, for one.”',
      ],
      'Longer evening hours',
      'Beth Ann Pruitt',
    ],
    [
      'who “sat down with the Weekend desk”, not a predecessor the question names',
      [
        'Enga’s new Governor, Sakias Tumbu, sat down with the Weekend desk in Wabag to talk about schools and mining royalties.',
        'Q: What is your first priority? A: “Law and order. Without peace in the valleys, no teacher will stay.”',
        'Q: Your predecessor, Kenneth Yalu, says the royalty trust was mismanaged. Is he right? A: “I will not play politics with the trust.”',
      ],
      'play politics',
      'Sakias Tumbu',
    ],
    [
      'a Tswana chief’s title before his name',
      [
        'Kgosi Tshepo Kebaabetswe of Kanye has urged residents to stop cutting down trees.',
        'Addressing a kgotla meeting on Friday, the Kgosi said the hills were being stripped bare.',
        '“When I was a boy these hills were green,” he said.',
      ],
      'these hills were green',
      'Tshepo Kebaabetswe',
    ],
    [
      '“Haja Turay”: a woman’s honorific after the hajj',
      [
        'Market women’s leader Haja Mariama Turay said traders had lost everything in the fire.',
        '“Now they have nothing to sell,” Haja Turay said.',
      ],
      'nothing to sell',
      'Mariama Turay',
    ],
    [
      '“the widow” for whom “His widow, X,” introduced',
      [
        'Tributes have been paid to Ernie Haworth, who sold fruit on Bolton Market for 54 years.',
        'His widow, Jean Haworth, said he had been at the market until two weeks before his death.',
        '“He knew every customer by name,” the widow said.',
      ],
      'every customer by name',
      'Jean Haworth',
    ],
    [
      '“the club” for a football club whose name opens on a given name',
      [
        'Ashton Rovers FC have paid tribute to former goalkeeper Des Kinsella, who has died aged 74.',
        '“Des was a Rovers legend and a gentleman,” the club said in a statement.',
      ],
      'a Rovers legend',
      'Ashton Rovers FC',
    ],
    [
      '“A Trinidad and Tobago Police Service spokesman” keeps the “and” of the force’s name',
      [
        'A Trinidad and Tobago Police Service spokesman said officers would be posted at every judging point.',
        '“Our message is simple: enjoy yourselves,” the spokesman said.',
      ],
      'Our message is simple',
      'Trinidad and Tobago Police Service spokesman',
    ],
    [
      '“The vicar summed up the mood:” for “The Rev. X, vicar of Thornby”',
      [
        'The Rev. Alison Crowther, vicar of Thornby, said the restoration had cost £180,000.',
        'Churchwarden Derek Sowerby said the oldest bell dated from 1624.',
        'The vicar summed up the mood: “Today, everyone came out of their houses to listen.”',
      ],
      'came out of their houses',
      'Alison Crowther',
    ],
    [
      '“Asked how…, the flight director was candid:”',
      [
        'Flight director Marcus Oyelaran said the team had sent recovery commands every 20 minutes.',
        'Deputy project manager Li Wen said the instruments were unharmed.',
        'Asked how the team felt, the flight director was candid: “There was a lot of shouting.”',
      ],
      'a lot of shouting',
      'Marcus Oyelaran',
    ],
    [
      'an analyst named Bishop keeps his name',
      [
        'Xi’s promises of reform were met with scepticism. “Words are cheap,” said analyst Bill Bishop.',
      ],
      'Words are cheap',
      'Bill Bishop',
    ],
  ]);
});

describe('what a review of the second batch found (review62)', () => {
  itNames('%s', [
    [
      '“She spoke to us” is not the coach set off after “her coach,”',
      [
        'Ana Ruiz was 14 when her coach, Maria Lopez, first saw her swim at a club gala in Malaga. Now 19, she is Spain’s fastest sprinter. She spoke to us before the Paris trials.',
        'How did you start?',
        '“My brother dared me to jump off the high board, and I never got out of the pool again.”',
        'What scares you?',
        '“Nothing in the water. Interviews, maybe.”',
      ],
      'Nothing in the water',
      'Ana Ruiz',
    ],
    [
      '“We spoke to her neighbours” asked no “her”',
      [
        'Grace Mbeki, 74, has run the corner shop on Dale Road since 1992, and the flood last month may finally close it. We spoke to her neighbours about what it means to the street.',
        'Tom Okafor has lived opposite the shop for 20 years.',
        'What would the street lose without it?',
        '“Everything. She knows every child’s name, and she lets the pensioners pay at the end of the month.”',
        'What should the council do?',
        '“Pay for the flood pumps it promised us in 2019.”',
      ],
      'Pay for the flood pumps',
      'Tom Okafor',
    ],
    [
      '“questions for Mayor X” asked the mayor nothing',
      [
        'Residents have questions for Mayor Jan Pike about the Ashgrove tower. Her deputy, Tom Hale, agreed to answer them.',
        'Is the cladding safe?',
        '“It passed every test we were asked to run.”',
        'When will the scaffolding come down?',
        '“By the end of June.”',
      ],
      'By the end of June',
      'Tom Hale',
    ],
    [
      '“sat down with the President of Togo” is no interview with the paper',
      [
        'Prime Minister Ama Boateng sat down with the President of Togo in Lomé on Tuesday to discuss the border. Her foreign minister, Kofi Mensah, answered our questions afterwards.',
        'Was anything agreed?',
        '“A joint patrol, starting in March.”',
        'And the tariffs?',
        '“That is for the next meeting.”',
      ],
      'That is for the next meeting',
      'Kofi Mensah',
    ],
    [
      '“X, who grew up in Port Vila, talked to us”: X, not the place',
      [
        'Dr Ama Owusu, who grew up in Port Vila, talked to us about her new job running Vanuatu’s only cancer ward.',
        'What is the biggest gap?',
        '“Radiotherapy. Patients still fly to Brisbane for it, if they can pay.”',
        'Will that change?',
        '“Not before 2030, whatever the ministry says.”',
      ],
      'Not before 2030',
      'Ama Owusu',
    ],
    [
      '“X, who trained under Mary Berry, talked to us”: X',
      [
        'Baker Sue Hart, who trained under Mary Berry, talked to us before opening her third shop in Harrogate.',
        'What did Berry teach you?',
        '“Never open the oven door in the first twenty minutes.”',
        'Why Harrogate?',
        '“Because the tea rooms here needed some competition.”',
      ],
      'Because the tea rooms',
      'Sue Hart',
    ],
    [
      '“firefighter Tom Hale, whose daughter Amy Hale spoke to us”: the daughter',
      [
        'Six years after the Hexham warehouse fire, the family of firefighter Tom Hale, whose daughter Amy Hale spoke to us this week, is still waiting for an inquest.',
        'What do you remember of that night?',
        '“The knock on the door at four in the morning. Mum knew before she opened it.”',
        'What do you want from the inquest?',
        '“The truth about the sprinklers. Nobody has ever told us why they didn’t work.”',
      ],
      'The truth about the sprinklers',
      'Amy Hale',
    ],
    [
      '“X of Cumbria Police said a witness spoke to the Herald”: not X',
      [
        'Detective Sergeant Ann Cole of Cumbria Police said a witness spoke to the Herald before officers had reached him. That witness, hotel porter Jim Brady, has now agreed to answer our questions.',
        'What did you see?',
        '“A man in a blue van, going round the car park twice with his lights off.”',
        'Did he see you?',
        '“I think so. He looked straight at me.”',
      ],
      'He looked straight at me',
      'Jim Brady',
    ],
    [
      '“Dr Kgosi Letlape”: Kgosi a given name after another title',
      [
        'South Africa’s former medical association chairman, Dr Kgosi Letlape, has criticised the new health insurance bill.',
        '“It will empty the public hospitals of doctors,” Letlape said.',
        '“Nobody asked us,” Kgosi Letlape added.',
      ],
      'Nobody asked us',
      'Kgosi Letlape',
    ],
    [
      '“Iestyn Albion, an economist,” is a person, no club',
      [
        'Prices rose again in May, the third rise in a row.',
        'Iestyn Albion, an economist at Lloyds, said the Bank of England would have to act. “It will get worse before it gets better,” he said.',
        'He added: “Much worse.”',
      ],
      'Much worse',
      'Iestyn Albion',
    ],
    [
      '“Asked whether, in hindsight, …, the flight director was candid:”',
      [
        'Flight director Nadia Okoye led the control room through Tuesday’s launch abort.',
        '“We did everything by the book,” said mission commander Lee Ortiz.',
        'Asked whether, in hindsight, the launch had been rushed, the flight director was candid: “Yes. We should have waited a day.”',
      ],
      'We should have waited',
      'Nadia Okoye',
    ],
    [
      '“EU Commission” and “the European Commission” are one commission',
      [
        'EU Commission officials say the new rules will apply from 2027, and the European Commission has already written to member states.',
        '“There will be no further delay,” a Commission spokesperson said.',
      ],
      'no further delay',
      'European Commission spokesperson',
    ],
    [
      '“BJP MLC X”: a legislative councillor’s title',
      [
        'The Karnataka Legislative Council adjourned twice on Monday amid protests over the water-sharing deal.',
        '“The farmers of Mandya have been betrayed,” said BJP MLC Chalavadi Narayanaswamy.',
      ],
      'farmers of Mandya',
      'Chalavadi Narayanaswamy',
    ],
  ]);
});

describe('channel islands’ titles, guilds, pensioners and airlines that apologise (probe round 62)', () => {
  itNames('%s', [
    [
      '“Conseiller Elizabeth Perrée”: a member of Sark’s Chief Pleas',
      [
        'Chief Pleas has approved a trial of electric bicycles on the island’s roads.',
        '“Harbour Hill alone is enough to stop many of our older islanders,” said Conseiller Elizabeth Perrée, who proposed the trial.',
      ],
      'Harbour Hill alone',
      'Elizabeth Perrée',
    ],
    [
      '“Asked for the secret…, the pensioner had a simple answer:”',
      [
        'A Jersey pensioner who has swum in the sea every day for 30 years has completed her 11,000th dip.',
        'Marguerite Le Sueur, 82, marked the milestone on Sunday morning.',
        'Asked for the secret of her longevity, the pensioner had a simple answer: “Cold water and good company.”',
      ],
      'Cold water',
      'Marguerite Le Sueur',
    ],
    [
      '“The airline apologised. A spokesman said:” is the airline’s spokesman',
      [
        'Dozens of passengers were stranded after a Samoa Airways flight to Auckland was cancelled.',
        'Passenger Mele Tuilagi said they waited for seven hours. “Nobody told us anything,” she said.',
        'The airline apologised. A spokesman said: “A replacement aircraft has been chartered.”',
      ],
      'replacement aircraft',
      'Samoa Airways spokesman',
    ],
    [
      '“a spokesperson for Nunavut’s Department of Community and Government Services”',
      [
        'In an email, a spokesperson for Nunavut’s Department of Community and Government Services said a replacement part had been ordered.',
        '“The department is working with the hamlet to restore service,” the spokesperson wrote.',
      ],
      'restore service',
      'Department of Community and Government Services spokesperson',
    ],
  ]);
  itNames('%s', [
    [
      'a spokesman for a body “and” a premier is the body’s',
      [
        'A spokesman for Saskatchewan Health and Premier Scott Moe said the plan was sound.',
        '“It works,” the spokesman said.',
      ],
      'It works',
      'Saskatchewan Health spokesman',
    ],
  ]);
});

describe('what a review of the third batch found (review63)', () => {
  itNames('%s', [
    [
      '“her husband, Derek Mills, spoke to us”: the husband, his own clause’s subject',
      [
        'Anna Mills, 34, has not been seen since she left a nightclub in Hull on March 2, and her husband, Derek Mills, spoke to us from their home in Cottingham.',
        'When did you last hear from her?',
        '“A text at ten past midnight saying she was getting a taxi home.”',
        'What have the police told you?',
        '“Very little. I find out more from Facebook than from them.”',
      ],
      'Very little. I find',
      'Derek Mills',
    ],
    [
      '“We asked her what keeps her going” asked her',
      [
        'At 91, Edna Pryce still swims in the sea off Brighton every morning, whatever the weather. Her GP, Dr Sam Reed, calls it madness. We asked her what keeps her going.',
        'Is it ever too cold?',
        '“Only in February, and even then only for the first minute.”',
        'Do you ever swim alone?',
        '“Never. The sea doesn’t care how long you’ve lived here.”',
      ],
      'Never. The sea doesn’t',
      'Edna Pryce',
    ],
    [
      '“We spoke to her outside the tribunal” spoke to her',
      [
        'Maria Santos, a cleaner at Heathrow, won her unfair dismissal case against the contractor Brightclean on Thursday. The firm’s lawyer, Peter Gould, said it would appeal. We spoke to her outside the tribunal.',
        'How do you feel?',
        '“Vindicated. They said I was lying, and the judge said I was not.”',
        'Will you go back to work there?',
        '“Not for a million pounds.”',
      ],
      'Not for a million',
      'Maria Santos',
    ],
    [
      '“Meet X, the frontman…”, then questions answered inline',
      [
        'Meet Sione Tapu, the frontman of Nukuʻalofa band Kava Kings, whose first album comes out next month.',
        'How did the band start? “In my uncle’s kava bar, playing covers for free drinks.”',
        'Best gig so far? “Opening for Te Vaka in Auckland. I couldn’t sleep for two days.”',
        'What next? “A tour of the islands, if the ferries run.”',
      ],
      'A tour of the',
      'Sione Tapu',
    ],
    [
      'a question about others put to the one answering is still theirs to answer',
      [
        'We asked Tomasz Wrona, the Polish climber who reached the summit of K2 in winter, about the descent.',
        'What went through your mind at the top? “Only the way down.”',
        'Did your sponsors know what they were paying for? “They knew. My mother did not.”',
      ],
      'They knew. My mother',
      'Tomasz Wrona',
    ],
    [
      'questions about the family, answered inline',
      [
        'Lily Okafor, 16, became the youngest player to win the British Chess Championship on Sunday. We caught up with her in Torquay.',
        'How did your parents react when they heard? “Dad cried. Mum asked when lunch was.”',
        'What did he give up for this? “Every weekend for six years, driving me to tournaments.”',
        'What next? “School. I have mocks on Tuesday.”',
      ],
      'School. I have mocks',
      'Lily Okafor',
    ],
    [
      '“Kgosi Seboko” after “Kgosi Mosadi Seboko”: the chief',
      [
        'Kgosi Mosadi Seboko of the Balete has called for calm after clashes over grazing land near Ramotswa.',
        '“We will not be moved from the land of our grandfathers,” Kgosi Seboko told the kgotla on Saturday.',
      ],
      'We will not be',
      'Mosadi Seboko',
    ],
    [
      '“The guild apologised. A spokeswoman said:”',
      [
        'The Guild of Food Writers has withdrawn an award given to a cookbook that copied recipes from a blog.',
        'The guild apologised to the blogger, Mei Lin. A spokeswoman said: “We should have checked.”',
      ],
      'We should have checked',
      'Guild of Food Writers spokeswoman',
    ],
    [
      'a possessive that is the name’s own stays',
      [
        'Students at Queen’s University Belfast have occupied the main library in protest at rent rises in halls.',
        'A spokesperson for Queen’s University Belfast said the occupation was peaceful.',
        '“We respect the right to protest, but the library must stay open during exams,” the spokesperson added.',
      ],
      'We respect the right',
      'Queen’s University Belfast spokesperson',
    ],
    [
      '“a spokesman for Manchester City and Erling Haaland”: the club’s',
      [
        'Manchester City have opened talks over a new contract for their Norwegian striker.',
        'A spokesman for Manchester City and Erling Haaland said the talks were at an early stage.',
        '“Nothing will be said until it is signed,” the spokesman added.',
      ],
      'Nothing will be said',
      'Manchester City spokesman',
    ],
    [
      '“a Commission spokesperson” after the one commission, whose name opens on letters',
      [
        'The UK Gambling Commission has fined the operator Betway £11.6m for failures over problem gambling.',
        '“Operators must know their customers,” a Commission spokesperson said.',
      ],
      'Operators must know their',
      'UK Gambling Commission spokesperson',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'an airline’s apology is not the place it flew to',
      [
        'A Ryanair flight from Dublin to Faro was cancelled on Saturday after the crew ran out of hours, leaving 180 passengers stranded overnight.',
        'The airline apologised. A spokesman said: “Passengers were offered hotels and a flight the next morning.”',
      ],
      'Passengers were offered hotels',
      'Faro spokesman',
    ],
    [
      '“The court heard…” is no court acting',
      [
        'Acme Scaffolding Ltd was fined £400,000 at Leeds Crown Court on Friday after a worker fell to his death in 2022.',
        'The court heard the company had ignored three warnings from inspectors. A spokesman said: “We have overhauled every procedure since.”',
      ],
      'We have overhauled every',
      'Leeds Crown Court spokesman',
    ],
  ]);
});

describe('a described opener after where or when, and verbs of judging (probe round 63)', () => {
  itNames('%s', [
    [
      '“At the signing ceremony, the governor was blunt:”',
      [
        'ATLANTA (AP) — Georgia Gov. Claire Dunleavy signed a law Monday requiring schools to lock students’ phones away.',
        'State Rep. Omar Thibodeaux, a Democrat and former teacher, sponsored the measure.',
        'At the signing ceremony, the governor was blunt: “Our kids are spending seven hours a day in school.”',
      ],
      'seven hours a day',
      'Claire Dunleavy',
    ],
    [
      '“The judge held:”',
      [
        'Justice Folasade Ogunleye made the order following an application by the commission. Counsel to the commission, Mr Rotimi Adeyemo, told the court the funds were suspect.',
        'The judge held: “The applicant has placed sufficient material before this court.”',
      ],
      'sufficient material',
      'Folasade Ogunleye',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“In response, the school issued the following statement:” is not whoever “the school” finds by a pupil',
      [
        'Prince Harry attended Eton College, where he was a keen rugby player.',
        'In July 2015, Eton accidentally sent emails to 400 prospective students. In response, the school issued the following statement: “This error was discovered within minutes.”',
      ],
      'discovered within minutes',
      'Prince Harry',
    ],
  ]);
});

describe('firms introduced beside a nationality, a paper or a person’s noun, and a far office holder (probe round 65)', () => {
  itNames('%s', [
    [
      '“the company” after “X, the Danish packaging group,” is X, not “Danish”',
      [
        'AARHUS (Reuters) - Fjellvik Packaging, the Danish packaging group, said on Wednesday it would shut two plants.',
        'The company said in a statement that it would “seek redeployment for every worker it can.”',
      ],
      'seek redeployment',
      'Fjellvik Packaging',
    ],
    [
      '“the company” after “The building’s owner, X Holdings, said in a statement to the Star” is the owner, not the paper',
      [
        'The building’s owner, Brickyard Residential Holdings, said in a statement to the Star that the work cannot be done with tenants in place.',
        '“We understand this is hard for residents, and we are following the law,” the company said.',
      ],
      'following the law',
      'Brickyard Residential Holdings',
    ],
    [
      '“the mayor” a dozen paragraphs after “Mayor X”, just after X was named again',
      [
        'Regina council approved a 4.9 per cent tax increase on Tuesday, with Mayor Colette Brassard casting the deciding vote.',
        '“No one here likes raising taxes,” the mayor said.',
        'Brassard said the city faces rising costs for policing and snow clearing.',
        'Coun. Derek Oyelaran called the budget a gamble.',
        '“We are spending the reserve to dodge the hard choices,” Oyelaran said.',
        'Coun. Mina Chaudhry, who chairs the finance committee, disagreed.',
        '“The transfer is less than one per cent of the budget,” she said.',
        'More than 20 residents addressed council during the day.',
        'The city’s chief financial officer, Paul Sandoval, said the long-term gap remains.',
        '“The budget is balanced, as the law requires,” Sandoval said.',
        'Brassard said she will again ask the province to share sales tax revenue.',
        '“Regina cannot fund today’s costs with yesterday’s revenue,” the mayor said.',
      ],
      'yesterday’s revenue',
      'Colette Brassard',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“the mayor” far from a mayor named once and never again is not guessed',
      [
        'Mayor Colette Brassard opened the meeting on Tuesday.',
        'Coun. Derek Oyelaran called the budget a gamble.',
        'Coun. Mina Chaudhry disagreed.',
        'More than 20 residents addressed council during the day.',
        'The city’s chief financial officer, Paul Sandoval, said the long-term gap remains.',
        'Sandoval said reserves would last two years.',
        'Oyelaran said he would vote against it.',
        'Chaudhry said she would vote for it.',
        '“Regina cannot fund today’s costs with yesterday’s revenue,” the mayor said.',
      ],
      'yesterday’s revenue',
      'Colette Brassard',
    ],
  ]);
});

describe('a Chinese name after a portfolio, its surname first (probe round 65)', () => {
  it.each([
    ['Minister for National Development Ong Wei Lun said: “We have heard them.”', 'Ong Wei Lun'],
    ['Minister for Health Ong Wei Lun said: “We have heard them.”', 'Ong Wei Lun'],
    [
      'Minister of State for Trade and Industry Lim Hui Min said: “We have heard them.”',
      'Lim Hui Min',
    ],
    ['Minister for Home Affairs Zulkifli Hamzah said: “We have heard them.”', 'Zulkifli Hamzah'],
  ])('%s', (text, name) => {
    const [quote] = extractQuotes(article(text));
    expect(quote?.speaker).toBe(name);
    expect(quote?.descriptor ?? '').not.toMatch(new RegExp(`${name.split(' ')[0]}$`));
  });
});

describe('given names sharing a surname after a plural noun for kin (probe round 65)', () => {
  itNames('%s', [
    [
      '“sisters Navdeep and Simran Gill” mid-sentence: a later “Navdeep said” is Navdeep Gill',
      [
        'Across the road, sisters Navdeep and Simran Gill, who run a bakery, said sales had halved.',
        '“We found out from a sign on the fence,” Navdeep said.',
      ],
      'sign on the fence',
      'Navdeep Gill',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not two people named mid-sentence with no such noun',
      [
        'Fans cheered as Madonna and Guy Ritchie arrived at the premiere.',
        '“It was a lovely night,” Madonna said.',
      ],
      'lovely night',
      'Madonna Ritchie',
    ],
  ]);
});

describe('translated copy: a place only written after "in", a statement sent to a broadcaster, "specifies" (probe round 65)', () => {
  // The firm is named more than six paragraphs before "the company": the names near it are the
  // broadcaster, the ministry, a worker and the region.
  const mill = [
    'The Scierie Nordique sawmill in Dolbeau will close at the end of November, putting 90 people out of work, the company announced Tuesday.',
    'In a press release, the company blames American duties on softwood lumber.',
    'The president of the local union, Luc Gagné, says he was told only hours before the workers.',
    '“It is a hard blow,” he laments in an interview with Radio-Canada.',
    'According to him, most of the workers are between 45 and 60 years old.',
    '“We will not let this pass without a fight,” affirms Mr. Gagné.',
    'The mayor of Dolbeau, Claire Simard, speaks of a catastrophe for her town.',
    'In a written statement sent to Radio-Canada, the Ministry of Natural Resources indicates that it is following the situation closely.',
    'Marc-André Pelletier, a forklift operator at the mill for 12 years, was among the workers outside the plant.',
    '“We always thought they would find a solution,” he adds.',
    '“No decision has been taken about our other sites,” specifies the company, which runs two other mills in Haut-Saint-Maurice.',
  ];
  itDoesNotName('%s', [
    [
      '“the company” is not the region it runs mills in',
      mill,
      'No decision has been taken',
      'Haut-Saint-Maurice',
    ],
    [
      '… nor the broadcaster a statement was sent to',
      mill,
      'No decision has been taken',
      'Radio-Canada',
    ],
    [
      '… nor the worker quoted before it (“specifies” reports)',
      mill,
      'No decision has been taken',
      'Marc-André Pelletier',
    ],
  ]);
});

describe('a body named for someone with a possessive (probe round 65)', () => {
  itNames('%s', [
    [
      '“The Tourette’s Society said” is the society, not “Society”',
      [
        'The Tourette’s Society said in a statement that the trial results were “a real step forward for families.”',
      ],
      'real step forward',
      'Tourette’s Society',
    ],
    [
      '“Canada’s Competition Bureau” keeps what it had',
      ['Canada’s Competition Bureau said: “We welcome this.”'],
      'We welcome this',
      'Canada’s Competition Bureau',
    ],
  ]);
});

describe('“the Labour MP” for “a Labour member of the Commons” (probe round 65)', () => {
  itNames('%s', [
    [
      'a party’s member of a house is its MP where the mention names the party',
      [
        'Priya Sandhu-Walsh, a Labour member of the Commons health committee, said the waiting lists were “a national scandal”.',
        '“I meet families every week who have given up hope,” the Labour MP said.',
      ],
      'given up hope',
      'Priya Sandhu-Walsh',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'not “the MP” of a member of anything, with no party named',
      [
        'Priya Sandhu-Walsh, a member of the tenants’ association, said the repairs were late.',
        '“We have waited two years,” the MP said.',
      ],
      'waited two years',
      'Priya Sandhu-Walsh',
    ],
  ]);
});

describe('a couple named mid-sentence before a plural verb; a chamber of trade (probe round 66)', () => {
  itNames('%s', [
    [
      '“are Ravi and Sunita Patel, who have run…”: “Mr Patel” is Ravi Patel',
      [
        'Among those against the plan are Ravi and Sunita Patel, who have run the corner shop for 20 years.',
        '‘Nobody will pay to pop in for milk,’ said Mr Patel.',
        '‘We have watched the bank and the butcher go,’ added Mrs Patel.',
      ],
      'pop in for milk',
      'Ravi Patel',
    ],
    [
      '… and “Mrs Patel” is Sunita Patel',
      [
        'Among those against the plan are Ravi and Sunita Patel, who have run the corner shop for 20 years.',
        '‘Nobody will pay to pop in for milk,’ said Mr Patel.',
        '‘We have watched the bank and the butcher go,’ added Mrs Patel.',
      ],
      'the bank and the butcher',
      'Sunita Patel',
    ],
    [
      '“the chamber” is the chamber of trade',
      [
        'The Harwick Chamber of Trade has gathered 900 signatures against the charges.',
        '“Free parking is what keeps our high street alive,” the chamber said in a statement.',
      ],
      'keeps our high street alive',
      'Harwick Chamber of Trade',
    ],
  ]);
});

describe('review of round 65: where the round’s rules must not reach', () => {
  const filler = [
    'Council also approved a new snow-clearing contract.',
    'Residents on the east side have complained about flooding.',
    'The library renovation should finish by the end of the year.',
    'Transit ridership rose eight per cent over the summer.',
    'A public hearing on the zoning bylaw is scheduled for next month.',
    'The province has promised $4 million toward the new water plant.',
    'Some downtown business owners say parking is their biggest concern.',
  ];
  itDoesNotName('%s', [
    [
      '“the mayor” is no former mayor named again far on',
      [
        'Former mayor Glen Hartley, who led the city from 1998 to 2006, built the arena.',
        ...filler,
        'Hartley said in 2005 that the building would last a century.',
        '“We will not let a piece of our history fall down,” the mayor said on Tuesday.',
      ],
      'piece of our history',
      'Glen Hartley',
    ],
    [
      '“the mayor” is no mayor named again who does not speak',
      [
        'Mayor Glen Hartley resigned on Monday after 11 years in office.',
        ...filler,
        'Council chose one of its members to serve until a byelection. Hartley’s resignation takes effect Friday.',
        '“My first job is to pass the budget,” the mayor said after being sworn in.',
      ],
      'pass the budget',
      'Glen Hartley',
    ],
    [
      '“the company” is no campaign group set off as “the campaign group”',
      [
        'Nordhavn Foods said on Thursday its profits fell 12 per cent after the sugar tax rose.',
        'Sugar Watch, the campaign group, welcomed the fall in sales.',
        '“We will keep investing in lower-sugar products,” the company said.',
      ],
      'lower-sugar products',
      'Sugar Watch',
    ],
    [
      '“Mayor of Santa Fe Ed Lee” is no Chinese name “Fe Ed Lee”',
      ['Mayor of Santa Fe Ed Lee said: “We are ready.”'],
      'We are ready',
      'Fe Ed Lee',
    ],
    [
      '“Minister for Whānau Ora Kiri Tau” is no “Ora Kiri Tau”',
      ['Minister for Whānau Ora Kiri Tau said: “We are ready.”'],
      'We are ready',
      'Ora Kiri Tau',
    ],
  ]);
  itNames('%s', [
    [
      '“told the Magna plant managers”: Magna is the firm told, not an outlet',
      [
        'Unifor told the Magna plant managers on Friday that workers would walk out at midnight.',
        '“We remain at the table,” the company said in a brief statement.',
      ],
      'remain at the table',
      'Magna',
    ],
  ]);
});

describe('a listed firm, a party before a name, a region before a place (probe round 66)', () => {
  itNames('%s', [
    [
      '“TSX-listed X” is X, and “Northern Ontario” is no firm',
      [
        'TSX-listed Boreal Crest Minerals will shut its Red Lake gold mine, dealing another blow to Northern Ontario’s mining towns.',
        'The company told investors on Monday the decision followed a slide in prices. “We will preserve the asset,” the company said in its statement.',
      ],
      'preserve the asset',
      'Boreal Crest Minerals',
    ],
    [
      '“The local MP, Conservative X,”: the party is no part of the name',
      [
        'The local MP, Conservative Tobias Rennie, said he raised the wharf in the House of Commons.',
        '“These people are ready to work,” Rennie said in an interview.',
      ],
      'ready to work',
      'Tobias Rennie',
    ],
  ]);
});

describe('surnames in -ese, and a wire’s note after the last quotation (probe round 66)', () => {
  itNames('%s', [
    [
      '“Albanese said” is a name, not a people',
      ['“We will not be lectured,” Albanese said.'],
      'lectured',
      'Albanese',
    ],
    [
      '“Varghese said …” before a quotation running to the last paragraph, and the CP note after it',
      [
        'Dr. Leena Varghese is a pediatric infectious diseases specialist in Hamilton.',
        'Varghese said she worries that measles could return. “Canada eliminated measles in 1998. We worked very hard for that status.',
        '“Once that happens, getting it back will take years.”',
        'This report by The Canadian Press was first published May 14.',
      ],
      'getting it back',
      'Leena Varghese',
    ],
  ]);
  itDoesNotName('%s', [
    [
      'the CP note is no signature of the quotation before it',
      [
        'Dr. Ada Okafor is an epidemiologist in Hamilton.',
        'Okafor said she worries that measles could return. “Canada eliminated measles in 1998.',
        '“Once that happens, getting it back will take years.”',
        'This report by The Canadian Press was first published May 14.',
      ],
      'getting it back',
      'Canadian Press',
    ],
    [
      '“Japanese said” is a people',
      ['“We will not be lectured,” Japanese said.'],
      'lectured',
      'Japanese',
    ],
    ['nor “Burmese”', ['“We grew more confident,” Burmese said.'], 'more confident', 'Burmese'],
  ]);
});

describe('review of rounds 65–66: where those rules must not reach (second review)', () => {
  itNames('%s', [
    [
      '“first published” inside a naming sentence is no wire’s note',
      [
        '“Poetry is how a family remembers what it cannot say.”',
        'Those are the words of Mei Ling Chow, whose first collection was first published in 1998.',
      ],
      'how a family remembers',
      'Mei Ling Chow',
    ],
    [
      '“In an email to Sobeys executives”: Sobeys is the firm, not an outlet',
      [
        'In an email to Sobeys executives, the union said members would walk out on Friday.',
        '“We remain at the table,” the company said.',
      ],
      'remain at the table',
      'Sobeys',
    ],
    [
      '“investors in Lululemon.”: a firm after “in” is still a firm',
      [
        'Shares fell 12 per cent on Tuesday, a painful day for investors in Lululemon.',
        '“We remain confident in our plan,” the company said in a statement.',
      ],
      'confident in our plan',
      'Lululemon',
    ],
    [
      '“Nasdaq-listed X” then a town: the company is X',
      [
        'Nasdaq-listed Hydrogenics Power cut 140 jobs on Friday.',
        'Workers in Burnaby were told on Thursday.',
        '“These are hard choices,” the company said.',
      ],
      'hard choices',
      'Hydrogenics Power',
    ],
    [
      '“when Khloe and Tristan Thompson were…” after “Khloe Kardashian”: Khloe is still Khloe Kardashian',
      [
        'Khloe Kardashian has won her case, a Los Angeles judge ruled on Friday.',
        'The case was filed in 2021, when Khloe and Tristan Thompson were still living together.',
        '“I just want what is best for everyone,” Khloe said outside the courthouse.',
      ],
      'best for everyone',
      'Khloe Kardashian',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“a Labour member for 40 years” is no MP',
      [
        'Mark Ellison, a Labour member for 40 years who sits on the party’s executive, said he had written to the leader.',
        'The constituency’s MP has not commented publicly until now.',
        '“I have heard the concerns of parents,” the Labour MP said in a brief statement.',
      ],
      'heard the concerns',
      'Mark Ellison',
    ],
    [
      '“as the Viennese say”',
      ['“Man muss sich Zeit nehmen,” as the Viennese say.'],
      'Zeit nehmen',
      'Viennese',
    ],
    [
      '“Taylor Swift’s friend Selena and Jake Gyllenhaal, who were…” are two people',
      [
        'Presenting the award were Taylor Swift’s friend Selena and Jake Gyllenhaal, who were greeted with cheers.',
        '“I could not be prouder,” Selena said.',
      ],
      'could not be prouder',
      'Selena Gyllenhaal',
    ],
  ]);
});

describe('a code review of rounds 65–66', () => {
  itNames('%s', [
    [
      'a couple’s given name that opens a body’s name elsewhere is still the couple’s',
      [
        'Irene and Paolo Castellano have farmed olives near Lucca for 30 years.',
        'This year the farm won a prize from the Irene Foundation.',
        '“We did not expect it,” Irene said.',
      ],
      'did not expect it',
      'Irene Castellano',
    ],
    [
      '“to join Shopify.” is no place (“in” must be a word): the company is still Shopify',
      [
        'Many graduates still hope to join Shopify.',
        '“We remain confident in our plan,” the company said.',
      ],
      'confident in our plan',
      'Shopify',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“a Labour member of the Commons” is no MSP',
      [
        'Rhona Baird, a Labour member of the Commons, said the figures were alarming.',
        '“This is a scandal,” the Labour MSP said.',
      ],
      'a scandal',
      'Rhona Baird',
    ],
    [
      '“a Labour member of the European Parliament” is no MP',
      [
        'Rhona Baird, a Labour member of the European Parliament, said the figures were alarming.',
        '“This is a scandal,” the Labour MP said.',
      ],
      'a scandal',
      'Rhona Baird',
    ],
  ]);
});

describe('a paper or a broadcaster told, without “the” or with “and” in its name', () => {
  itNames('%s', [
    [
      '“told CBC News the…”: the company is the owner, not the broadcaster',
      [
        'The building’s owner, Cedarline Residential Holdings, told CBC News the work cannot be done with tenants in place.',
        '“We are following the law,” the company said.',
      ],
      'following the law',
      'Cedarline Residential Holdings',
    ],
    [
      '“told the Globe and Mail”: nor the paper',
      [
        'The landlord, Greenfield Property Group, told the Globe and Mail the boiler would be fixed by Friday.',
        '“Parts are on order,” the company said.',
      ],
      'Parts are on order',
      'Greenfield Property Group',
    ],
  ]);
});

describe('a descriptor never ends on the first word of the name it describes', () => {
  it('“The popularity of American Idol was called …”: no descriptor “The popularity of American”', () => {
    const [quote] = extractQuotes(
      article('The popularity of American Idol was called "unmatched on television".'),
    );
    expect(quote?.speaker).toBe('American Idol');
    expect(quote?.descriptor).toBeUndefined();
  });
});

describe('blind round C (22 articles from other newsrooms)', () => {
  itNames('%s', [
    [
      '“Outside the town hall, Joe and Helen Sutcliffe, who…, said”: an opener, then the pair',
      [
        'Outside the town hall, Joe and Helen Sutcliffe, who have run the reading group for 11 years, said they were upset.',
        '“We’ll keep fighting. This isn’t over,” they said.',
      ],
      'keep fighting',
      'Joe Sutcliffe and Helen Sutcliffe',
    ],
    [
      '“Abernathy’s parents, Ken and Louise Abernathy,”: a pair set off after a noun',
      [
        'Jaskaran Gill killed Colin Abernathy, a 44-year-old paramedic, in June.',
        'Outside the courthouse, Abernathy’s parents, Ken and Louise Abernathy, said they felt heard.',
        '“Five years is not enough for a life,” they said.',
      ],
      'not enough for a life',
      'Ken Abernathy and Louise Abernathy',
    ],
    [
      '“Outside the courthouse, Joe Sutcliffe said”: the opener is no name',
      ['Outside the courthouse, Joe Sutcliffe said he was upset. “We’ll appeal,” he said.'],
      'appeal',
      'Joe Sutcliffe',
    ],
    [
      '“the Labour MSP”: a party the article gives no one near is no part of the name',
      [
        'Highlands and Islands MSP Eilidh Fraser said the ferry fleet was on its knees. “The government has spent millions,” the Labour MSP said.',
      ],
      'spent millions',
      'Eilidh Fraser',
    ],
    [
      '“the Labour councillor” after “Llanrumney councillor Sian Watkins”',
      [
        'Llanrumney councillor Sian Watkins said she was gutted by the news. “We’ve got a lot of elderly residents,” the Labour councillor said.',
      ],
      'elderly residents',
      'Sian Watkins',
    ],
    [
      '“the Conservative MSP” of two members: the party says which',
      [
        'Labour MSP Ann Reid and Conservative MSP Tom Gray clashed over the ferries.',
        '“No,” the Labour MSP said. “They are years late,” the Conservative MSP said.',
      ],
      'years late',
      'Tom Gray',
    ],
    [
      '“At one point the Mayor of Kirklees, Coun Margaret Holroyd,”: an office and its place set off',
      [
        'At one point the Mayor of Kirklees, Coun Margaret Holroyd, suspended the meeting for ten minutes.',
        'Councillor Peter Shaw said the cuts were wrong.',
        '“I will not have members of the public shouting down speakers,” the mayor said.',
      ],
      'shouting down speakers',
      'Margaret Holroyd',
    ],
    [
      '“Comrade Olatunde Ajayi”: a Nigerian unionist’s title',
      [
        'The NLC Chairman in the state, Comrade Olatunde Ajayi, said workers had run out of patience.',
        '“We have been patient with this government,” he said.',
      ],
      'patient with this government',
      'Olatunde Ajayi',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“Tom Reed, Joe and Helen Sutcliffe”: the last two of a list are no pair',
      ['The vote was attended by Tom Reed, Joe and Helen Sutcliffe.', '“We lost,” they said.'],
      'We lost',
      'Joe Sutcliffe and Helen Sutcliffe',
    ],
  ]);
});

describe('blind round C: ages', () => {
  itNames('%s', [
    [
      '“pensioner Gloria Mthembu (74)”: an age in brackets',
      [
        'In Florida, pensioner Gloria Mthembu (74) has been fetching water from a tanker.',
        'Her neighbour, Pieter van der Walt, said he had spent R4,800 on bottled water.',
        '“I’m tired of next week,” the 74-year-old said.',
      ],
      'tired of next week',
      'Gloria Mthembu',
    ],
    [
      '“Doherty, making his 300th appearance… the 31-year-old told”: whom the paragraph opens on',
      [
        'Kofi Mensah-Boateng scored twice. The 23-year-old’s winner was a volley.',
        'The game turned when Millbrook captain Liam Doherty was shown a second yellow card.',
        'Doherty, making his 300th appearance for the club, was more contrite. ‘I let the lads down,’ the 31-year-old told the club’s media team.',
      ],
      'let the lads down',
      'Liam Doherty',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“School of Civil and Environmental Engineering”: English’s words are no one the age finds',
      [
        'Professor Thandeka Dube of Wits University’s School of Civil and Environmental Engineering said the city loses water.',
        '“We are losing money,” the 52-year-old said.',
      ],
      'losing money',
      'Environmental Engineering',
    ],
  ]);
});

describe('blind round C: whom a pronoun means', () => {
  itNames('%s', [
    [
      '“…, according to analyst Anand Srinivasan. “…,” he wrote.”: the source a paragraph opens on',
      [
        'Other analysts were more forgiving. “This is a digestion phase,” Marcus Bell, an analyst at Northcote Capital, wrote in a note to clients. He kept a buy rating.',
        'The slowdown may prove brief, according to Bloomberg Intelligence analyst Anand Srinivasan. “Orders tend to lag GPU purchases,” he wrote.',
      ],
      'lag GPU purchases',
      'Anand Srinivasan',
    ],
    [
      '“When I put Albrecht’s point to Ferreira, she agrees”: the one woman the clause names',
      [
        'Nadia Ferreira runs Loomline. “We flipped that,” Ferreira tells me.',
        'Sara Lindqvist, a partner at Kestrel Ventures, thinks the timing is right. “People are tired,” Lindqvist says.',
        'Not everyone is sold. Tom Albrecht, a security researcher, points out the risk. “If your laptop is stolen, the thief has everything.”',
        'When I put Albrecht’s point to Ferreira, she agrees – partly. “He’s right that the threat model changes.”',
      ],
      'threat model changes',
      'Nadia Ferreira',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“his own Yale background, he said”: a name qualifying a noun is no one the pronoun means',
      [
        'Elihu Yale gave the college its name. “I give these books,” he wrote.',
        'George Bush derided his rival. When challenged on his own Yale background, he said the college had “no symbol at all”.',
      ],
      'no symbol at all',
      'Elihu Yale',
    ],
    [
      '“After the Ludwig Boltzmann Gesellschaft failed…, he went back”: no body is “he”',
      [
        'Karl Popper moved to Vienna. “I was happy there,” he said.',
        'After the Ludwig Boltzmann Gesellschaft failed to establish him, he went back to England, calling it “a disappointment”.',
      ],
      'a disappointment',
      'Ludwig Boltzmann Gesellschaft',
    ],
  ]);
});

describe('blind round C: sources set apart', () => {
  itNames('%s', [
    [
      '“Engr. Musa Bello”: an engineer’s title, abbreviated (not “Engineer”, a surname too)',
      [
        'The state’s commissioner for works, Engr. Musa Bello, said the bridge would reopen. “The repairs are done,” Engr. Bello said.',
      ],
      'repairs are done',
      'Musa Bello',
    ],
    [
      '“Former India wicketkeeper Farokh Engineer”: a surname, no title',
      [
        'Former India wicketkeeper Farokh Engineer said the pitch was poor. “It was a road,” Engineer said.',
      ],
      'It was a road',
      'Farokh Engineer',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“A nurse at …, Ado Ekiti, who pleaded anonymity, said”: the town is where, not who',
      [
        'A nurse at the Ekiti State University Teaching Hospital, Ado Ekiti, who pleaded anonymity for fear of victimisation, said many health workers had resorted to “side hustles” to survive. “I spend almost half of my salary on transport alone,” she said.',
      ],
      'half of my salary',
      'Ado Ekiti',
    ],
    [
      '“An Israeli official, speaking on the condition of anonymity…, said Wednesday that Netanyahu “will meet…””',
      [
        'An Israeli official, speaking on the condition of anonymity to discuss the prime minister’s schedule, said Wednesday that Netanyahu “will meet with any candidate from any party.”',
      ],
      'any candidate from any party',
      'Netanyahu',
    ],
  ]);
});

describe('round D (measured blind, then read): coroners, parties, families', () => {
  itNames('%s', [
    [
      '“assistant coroner Rachel Dunphy… the coroner said”: an assistant coroner holds the inquest',
      [
        'Recording a narrative conclusion at Winchester Coroner’s Court, assistant coroner Rachel Dunphy said there had been a missed opportunity.',
        '‘That screening was not completed,’ the coroner said.',
      ],
      'screening was not completed',
      'Rachel Dunphy',
    ],
    [
      '“Reform UK’s Darren Pike… the Reform candidate”: the owner’s first word',
      [
        'Reform UK’s Darren Pike has been predicting a strong third place. “People in this city are fed up,” said the Reform candidate, a former Royal Navy engineer.',
      ],
      'fed up',
      'Darren Pike',
    ],
    [
      '“Ellie’s parents, Mark and Julie Fenwick… the family said”: the pair sharing a surname',
      [
        'In a statement read outside court by their solicitor, Ellie’s parents, Mark and Julie Fenwick, said their daughter had been let down.',
        '‘Ellie wanted to be a nurse,’ the family said.',
      ],
      'wanted to be a nurse',
      'Mark Fenwick and Julie Fenwick',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“the family” is no pair of two surnames',
      [
        'Volunteers Tom Reed and Ann Park found the boy.',
        'His mother thanked them.',
        '“We are so grateful,” the family said.',
      ],
      'so grateful',
      'Tom Reed and Ann Park',
    ],
  ]);
});

describe('a code review of rounds C and D', () => {
  itNames('%s', [
    [
      '“Asked about Warren, she said”: whom the clause asks about is not the pronoun',
      [
        'Sarah Sanders spoke to reporters. “We are fine,” she said.',
        'Asked about Elizabeth Warren, she said: “She is entitled to her view.”',
      ],
      'entitled to her view',
      'Sarah Sanders',
    ],
    [
      '“A year after the crash, Maria Lopez, who asked that her son not be named, said”',
      [
        'A year after the crash, Maria Lopez, who asked that her son not be named, said: “He still cannot walk.”',
      ],
      'still cannot walk',
      'Maria Lopez',
    ],
    [
      '“Harry Kane (23) and Phil Foden (67)”: minutes, not ages',
      [
        'England won with goals from Harry Kane (23) and Phil Foden (67). Bukayo Saka came off the bench. “It was special,” the 23-year-old said.',
      ],
      'It was special',
      'Bukayo Saka',
    ],
    [
      '“the Tory MP” is the Conservative MP',
      [
        'Conservative MP John Halford spoke first. Bury North MP Jane Porter spoke next. “No,” the Tory MP said.',
      ],
      'No,',
      'John Halford',
    ],
    [
      '“Tom Harris, the Rovers manager,” opening the paragraph is no “19-year-old”',
      [
        'Teenager Jack Brown scored twice for Rovers.',
        'Tom Harris, the Rovers manager, was full of praise. “That was special,” the 19-year-old said.',
      ],
      'That was special',
      'Jack Brown',
    ],
    [
      '“Gethin Prosser’s try…” opening the lede, far before “said the 28-year-old”: the name in full',
      [
        'Gethin Prosser’s try with three minutes left gave Cardiff a derby win over the Ospreys.',
        'The rain came down harder in the first quarter of the match.',
        'The rain came down harder in the second quarter of the match.',
        'The rain came down harder in the third quarter of the match.',
        'The rain came down harder in the fourth quarter of the match.',
        'The rain came down harder in the fifth quarter of the match.',
        'The rain came down harder in the sixth quarter of the match.',
        'The rain came down harder in the seventh quarter of the match.',
        'Prosser, who made his 100th appearance last month, was named player of the match. ‘To score in a derby is a dream,’ said the 28-year-old.',
      ],
      'To score in a derby',
      'Gethin Prosser',
    ],
    [
      '“Rakeyia Scott …” opening a sentence, a given name no list knows: her words are hers',
      [
        'Keith Scott was shot by police on Tuesday.',
        'Rakeyia Scott filmed the encounter on her phone. “Don’t shoot him,” she shouted.',
        'Scott, his wife, later spoke to reporters.',
      ],
      'Don’t shoot him',
      'Rakeyia Scott',
    ],
    [
      '“Crime Stoppers of Houston said”: the body’s whole name, past its “of”',
      [
        'Anyone with information is asked to call Crime Stoppers of Houston. “Tips are anonymous,” Crime Stoppers of Houston said in a statement.',
      ],
      'Tips are anonymous',
      'Crime Stoppers of Houston',
    ],
    [
      '“The Board of Control for Cricket in India (BCCI) said”: past “for” and “in”',
      [
        'Qureshi left the field. The Board of Control for Cricket in India (BCCI) said the pacer would be assessed “closer to the game”.',
      ],
      'closer to the game',
      'Board of Control for Cricket in India',
    ],
    [
      '“the Irish Nurses and Midwives Organisation (INMO), which said”: past “and”',
      [
        'A record 142 patients were waiting, according to the Irish Nurses and Midwives Organisation (INMO), which said overcrowding had reached “a level that is simply unsafe”.',
      ],
      'a level that is simply unsafe',
      'Irish Nurses and Midwives Organisation',
    ],
    [
      '“A spokesperson for the Department for Environment, Food and Rural Affairs said”: its voice, not from its last comma',
      [
        'Homes flooded again.',
        'A spokesperson for the Department for Environment, Food and Rural Affairs said: “We know how devastating flooding is.”',
      ],
      'We know how devastating',
      'Department for Environment, Food and Rural Affairs spokesperson',
    ],
    [
      '“Her daughter, Gráinne Moloney, … Ms Moloney said”: the daughter, whose name no list knows',
      [
        'Among those waiting was Bridget Moloney (84), from Newcastle West.',
        'Her daughter, Gráinne Moloney, said her mother had waited 40 hours. “She’s 84,” Ms Moloney said.',
      ],
      'She’s 84',
      'Gráinne Moloney',
    ],
    [
      '“Excerpts from the press conference:” then “On the pitch: “…”” is more of the skipper',
      [
        'India captain Aniruddh Kulkarni refused to panic after the defeat.',
        '“They are training well, and I have full faith in them,” the skipper said.',
        'Excerpts from the press conference:',
        'On the pitch: “It turned a lot more than we expected on day four.”',
      ],
      'It turned a lot more',
      'Aniruddh Kulkarni',
    ],
    [
      '“Tran Quoc Bao, deputy director…” opening a paragraph: the Vietnamese name whole',
      [
        'Saltwater has pushed 70 km inland, local authorities say.',
        'Tran Quoc Bao, deputy director of the provincial agriculture department, said 42 sluice gates were closed.',
        '“The saltwater came earlier this year,” Bao said.',
      ],
      'The saltwater came earlier',
      'Tran Quoc Bao',
    ],
    [
      '“Prof. X of the Department of Economics, University of Jaffna, said”: the professor',
      [
        'Rates were held.',
        'Prof. Selvaratnam Kugathasan of the Department of Economics, University of Jaffna, said the Bank had “rightly chosen caution”.',
      ],
      'rightly chosen caution',
      'Selvaratnam Kugathasan',
    ],
    [
      '“Jane Smith, a lecturer at the School of Law, University of Leeds, said”: the lecturer',
      [
        'Rates were held.',
        'Jane Smith, a lecturer at the School of Law, University of Leeds, said the ruling was “long overdue”.',
      ],
      'long overdue',
      'Jane Smith',
    ],
    [
      '“Mooroopna retirees Ian and Jenny Featherstone … said” then “they said”: the couple',
      [
        'Dunphy was jailed.',
        'Outside court, Mooroopna retirees Ian and Jenny Featherstone, who paid Dunphy $84,000, said they had driven down to see him sentenced.',
        '“Six years doesn’t give us our house back,” they said.',
      ],
      'Six years',
      'Ian Featherstone and Jenny Featherstone',
    ],
    [
      '“ʻOfa Mateaki, 72, says…”: a Tongan name opening on an ʻokina, given back as written',
      [
        'Sea walls are failing along the coast of Tongatapu.',
        'At the village church, ʻOfa Mateaki, 72, says the community has talked about moving inland. “The young ones say go,” he says.',
      ],
      'The young ones say go',
      'ʻOfa Mateaki',
    ],
    [
      '“the village head, Malam Sule Abubakar Shanono, said”: a Hausa title is no part of the name',
      [
        'The borehole in Shanono was abandoned in 2019.',
        'In Shanono, the village head, Malam Sule Abubakar Shanono, said he had written twice to the council. “Nobody replied me,” he said.',
      ],
      'Nobody replied me',
      'Sule Abubakar Shanono',
    ],
    [
      '“The former Wallabies flanker said…” then “he said”: the coach, not his old team',
      [
        'Fijian Drua head coach Mosese Rasiga says his forwards must lift their work.',
        '“I’m happy with the result,” Rasiga said.',
        'The former Wallabies flanker said the side had worked on its set-piece.',
        '“The lineout was good,” he said.',
      ],
      'The lineout was good',
      'Mosese Rasiga',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“Tshepo Mokoena of Soweto said”: a person and his township, not a body (review)',
      [
        'Residents marched on the council offices.',
        '“We have had no water for three weeks,” Tshepo Mokoena of Soweto said.',
      ],
      'no water for three weeks',
      'Tshepo Mokoena of Soweto',
    ],
    [
      '“Responding to claims by Dr Amina Yusuf of the Department of Surgery, Kenyatta National Hospital said”: the hospital (review)',
      [
        'Surgery lists were cut.',
        'Responding to claims by Dr Amina Yusuf of the Department of Surgery, Kenyatta National Hospital said: “All theatres are fully staffed.”',
      ],
      'All theatres are fully staffed',
      'Amina Yusuf',
    ],
    [
      '“She is survived by her husband, Mayor Karen Bass said”: the mayor stays a woman (review)',
      [
        'Former councilwoman Lupe Ortiz died Monday at 80.',
        'She is survived by her husband, Mayor Karen Bass said in a statement.',
        '“Lupe was a trailblazer,” Bass said. “She opened doors for so many of us,” she added.',
      ],
      'She opened doors',
      'Lupe Ortiz',
    ],
    [
      '“conned pensioners Ian and Jenny Reid” then “they said”: the pair is the object (review)',
      [
        'Detectives say a gang of fraudsters conned pensioners Ian and Jenny Reid out of £40,000 in Dundee.',
        '“These are cruel crimes against vulnerable people,” they said.',
      ],
      'cruel crimes',
      'Ian Reid and Jenny Reid',
    ],
    [
      '“Excerpts from Milind Deora’s resignation letter:” names whose words follow (review)',
      [
        '“The party stands united,” Congress spokesperson Jairam Ramesh said.',
        'Excerpts from Milind Deora’s resignation letter:',
        '“I am ending a 55-year relationship with the party.”',
      ],
      'I am ending',
      'Jairam Ramesh',
    ],
    [
      '“Thomas, who won 50 caps…, said the 44-year-old”: a given name is no surname (review)',
      [
        'Thomas Tuchel has named his first England squad.',
        'The squad meets at St George’s Park on Monday.',
        'Four uncapped players are included.',
        'Two of them play in Germany.',
        'The first match is against Greece.',
        'Tickets sold out within an hour.',
        'The second match is in Cardiff.',
        'Thomas, who won 50 caps for Wales, backed the choices. ‘It is a brave squad,’ said the 44-year-old.',
      ],
      'It is a brave squad',
      'Thomas Tuchel',
    ],
    [
      '“The edited footage… shows an officer shouting:” announces another voice than the commissioner’s (review)',
      [
        '“Our officers acted lawfully,” Commissioner Sipho Ndlovu said.',
        'The edited footage, shared on X, shows an officer shouting:',
        '“Get down on the ground now!”',
      ],
      'Get down on the ground',
      'Sipho Ndlovu',
    ],
    [
      '“The mayor thanks Ian and Jenny Reid…” then “they said”: a verb, not a noun for the pair',
      [
        'The mayor thanks Ian and Jenny Reid for the gift. Residents were less pleased.',
        '“It is a waste of money,” they said.',
      ],
      'waste of money',
      'Ian Reid and Jenny Reid',
    ],
    [
      '“Rose Brown of Ohio said”: a given name that is an English word, and her state, not a body',
      ['Voters are split.', 'Rose Brown of Ohio said, “I want Bernie in the fold.”'],
      'I want Bernie',
      'Rose Brown of Ohio',
    ],
    [
      '“Sen. Hope Brown of Ohio said”: a name a title opened, and her state, not a body',
      ['Sen. Hope Brown of Ohio said, “I want Bernie in the fold.”'],
      'I want Bernie',
      'Hope Brown of Ohio',
    ],
    [
      '“Alphanumeric LEDs…” opening a sentence is no person, though the article writes “LEDs” alone',
      [
        'Researchers improved GaN growth in the 1980s, and blue LEDs followed soon after.',
        'Coating LEDs of one colour with phosphors gives white light.',
        'Engineers expect that 40% of all GaN LEDs will soon be made on silicon.',
        'Alphanumeric LEDs come in seven-segment and dot-matrix formats.',
        'Digital-RGB LEDs are RGB LEDs with their own “smart” control chips.',
      ],
      'smart',
      'Alphanumeric LEDs',
    ],
    [
      '“Her friends, Mark and Julie Watson … the family said”: friends are no family',
      [
        'Ellie Fenwick died in March.',
        'Her friends, Mark and Julie Watson, said she was kind.',
        '“She was the best of us,” the family said.',
      ],
      'best of us',
      'Mark Watson and Julie Watson',
    ],
    [
      '“Sarah Clarke … Sarah and Tom Jenkins said”: no Sarah Jenkins',
      [
        'Sarah Clarke and Tom Jenkins ran the campaign.',
        'Asked about the plan, Sarah and Tom Jenkins said it would work. “We are sure,” they said.',
      ],
      'We are sure',
      'Sarah Jenkins and Tom Jenkins',
    ],
  ]);
});

describe('names opening on an ʻokina', () => {
  it('gives quotations and speakers back as written, and leaves "Oʻahu" as it is', () => {
    const quotes = extractQuotes(
      article(
        'ʻAkilisi Pōhiva flew to Oʻahu on Monday.',
        '“ʻOfa and I were glad to see Oʻahu again,” Pōhiva said.',
      ),
    );
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['ʻOfa and I were glad to see Oʻahu again,', 'ʻAkilisi Pōhiva'],
    ]);
  });
});

describe('bodies and officials by their whole names', () => {
  itNames('%s', [
    [
      '“a spokesperson for the Department of Agriculture, Fisheries and Forestry”: one department, a firm’s word among its portfolios',
      [
        'Growers say the aid package is too small.',
        'A spokesperson for the federal Department of Agriculture, Fisheries and Forestry says the package followed “wide consultation with growers”.',
      ],
      'wide consultation',
      'Department of Agriculture, Fisheries and Forestry spokesperson',
    ],
    [
      '“the Kerala State Council for Science, Technology and Environment said”: a council “for” its portfolios, and “State” no title',
      [
        'A new frog was found in the hills.',
        'The Kerala State Council for Science, Technology and Environment said the find was “a sign of how much is left to learn”.',
      ],
      'much is left to learn',
      'Kerala State Council for Science, Technology and Environment',
    ],
    [
      '“the General Confederation of Labour (CGT)”: a body’s noun after “General” keeps it in the name',
      [
        'Prices rose again in October.',
        'The General Confederation of Labour (CGT), the largest union grouping, called a strike, saying wages had lost “a fifth of their value”.',
      ],
      'a fifth of their value',
      'General Confederation of Labour',
    ],
    [
      '“Minister for Parliamentary Affairs Rasheed Ahmed Shah”: the given name before a middle name the list knows',
      [
        'Sindh Minister for Parliamentary Affairs Rasheed Ahmed Shah said the cabinet would take the matter further.',
        '“We are not against anyone’s development,” he added.',
      ],
      'against anyone',
      'Rasheed Ahmed Shah',
    ],
    [
      '“The RTA said… ¶ The authority also stressed”: the body that just spoke, named far back with the noun (its director named with it too)',
      [
        'Motorists will pay more to park from April, the Roads and Transport Authority (RTA) announced on Monday.',
        '“The aim is to free up spaces,” said Khalid Al Mheiri, Director of Parking at the RTA.',
        'Al Mheiri said studies by the authority found occupancy above 90 per cent.',
        'Residents had mixed feelings. Shop owner Omar Said welcomed the move.',
        'Teacher Aisha Rahman said the change would “hit workers hardest”.',
        'Consultant Dr Lina Haddad said the policy followed “a global trend”.',
        'The RTA said parking would stay free on Sundays “as is the case now”.',
        'The authority also stressed that “any changes will be announced in advance”.',
      ],
      'announced in advance',
      'Roads and Transport Authority',
    ],
    [
      '“Dutch Greens MEP Jelle van der Berg”: a member of the European Parliament by the title',
      [
        'The Commission plans to delay the law.',
        'Dutch Greens MEP Jelle van der Berg warned against “deregulation through the back door”.',
      ],
      'deregulation through',
      'Jelle van der Berg',
    ],
  ]);
});

describe('names with initials, nicknames and particles; a long-named body’s voice again', () => {
  itNames('%s', [
    [
      '“Veteran herpetologist K.P. Krishnan”: initials before the surname, not the Anjali Krishnan named before',
      [
        'The study was led by Dr Anjali Krishnan.',
        '“It is a new species,” Dr Krishnan said.',
        'Veteran herpetologist K.P. Krishnan described the work as “a careful piece of taxonomy”.',
      ],
      'careful piece',
      'K.P. Krishnan',
    ],
    [
      '“Fly-half Dai “Dolphin” Morgan”: a nickname after a given name no list knows',
      [
        'Wales beat Fiji 24-10.',
        'Fly-half Dai “Dolphin” Morgan kicked four penalties.',
        '“It was a tough one,” Morgan said.',
      ],
      'tough one',
      'Dai Morgan',
    ],
    [
      '“Filipino couple Jomar and Liza Dela Cruz … they said”: a couple, the surname’s particle kept',
      [
        'Parking fees are going up.',
        'Filipino couple Jomar and Liza Dela Cruz, who live in Al Rigga, said they would sell their car. “We will use the Metro more,” they said.',
      ],
      'use the Metro',
      'Jomar Dela Cruz and Liza Dela Cruz',
    ],
    [
      '“A spokesperson for the Department of Health and Aged Care says … the spokesperson says”: the same voice, whole',
      [
        'Mail is late.',
        'A spokesperson for the Department of Health and Aged Care says the delays followed “a busy season”.',
        '“We are hiring more staff,” the spokesperson says.',
      ],
      'hiring more staff',
      'Department of Health and Aged Care spokesperson',
    ],
  ]);
});

describe('a country’s letters are no initials', () => {
  it('reads “K.P. Krishnan” whole and “U.S. Clinton” as Clinton', () => {
    expect(readChunk(['Veteran', 'herpetologist', 'K.P.', 'Krishnan'])?.mention).toBe(
      'K.P. Krishnan',
    );
    expect(readChunk(['U.S.', 'Clinton'])?.mention).toBe('Clinton');
  });
});

describe('an English word alone opening a sentence, then whom it names', () => {
  itNames('%s', [
    [
      '“Nearby, college student Kristine Olivar had decided… “…,” she said”: the student, not the official before',
      [
        'Undersecretary Marites Reyes spoke to reporters. “We have buses,” she said.',
        'Nearby, college student Kristine Olivar had decided to walk to her campus. “It is fine,” she said.',
      ],
      'It is fine',
      'Kristine Olivar',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“Countrywide, sued by California Attorney General Jerry Brown for “unfair business practices””: the firm is the subject',
      [
        'Lenders grew reckless.',
        'Countrywide, sued by California Attorney General Jerry Brown for “unfair business practices”, kept lending.',
      ],
      'unfair business practices',
      'Jerry Brown',
    ],
    [
      '“Nevertheless, a survey by independent analyst Elena Sadovskaya found…”: the survey, not the analyst, opens the clause',
      [
        'Trade with China is growing.',
        'Nevertheless, a survey conducted by independent analyst Elena Sadovskaya found deep fears. “One day we will all speak Chinese,” is one common saying here.',
      ],
      'all speak Chinese',
      'Elena Sadovskaya',
    ],
  ]);
});

describe('where this session’s rules must not reach (a review of 0f9933a..2e9f22c)', () => {
  it('keeps “Mrs Hill of Leeds” and “Mrs Hill” one speaker (a firm’s word for her surname)', () => {
    const quotes = extractQuotes(
      article(
        'Bins piled up.',
        'Mrs Hill of Leeds said the council had been “deaf to residents”.',
        '“Nobody listens,” Mrs Hill said.',
      ),
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[0]!.speaker).toBe(quotes[1]!.speaker);
  });
  itNames('%s', [
    [
      '“A Home Office spokesperson said… ¶ A spokesperson for the Treasury said… the spokesperson added”: the Treasury’s',
      [
        'Cuts loom.',
        'A Home Office spokesperson said: “We are cutting numbers.”',
        'A spokesperson for the Treasury said the figures were wrong. “The costs are overstated,” the spokesperson added.',
      ],
      'costs are overstated',
      'Treasury spokesperson',
    ],
    [
      '“Liberal Democrat MP for North Devon Ian Roome”: a place is no given name',
      [
        'Cuts loom.',
        'Liberal Democrat MP for North Devon Ian Roome said the plan was “a disaster”.',
      ],
      'a disaster',
      'Ian Roome',
    ],
    [
      '“P.M. Modi said”: an office’s letters, not initials',
      ['The launch went well.', 'P.M. Modi said the mission was “a proud moment”.'],
      'proud moment',
      'Modi',
    ],
  ]);
  itDoesNotName('%s', [
    [
      '“Bradford Council said… ¶ Kirklees, the neighbouring authority, was also hit. The council said”',
      [
        'Bins piled up.',
        '“Crews are doing their best,” Bradford Council said.',
        'Kirklees, the neighbouring authority, was also hit. The council said it was “sorry for the delay”.',
      ],
      'sorry for the delay',
      'Bradford Council',
    ],
    [
      '“The Department of Health, Beaumont Hospital and Tusla said”: three bodies, not one',
      [
        'Children were moved.',
        'The Department of Health, Beaumont Hospital and Tusla said in a joint statement that they were “working together”.',
      ],
      'working together',
      'Department of Health, Beaumont Hospital and Tusla',
    ],
    [
      '“Detectives arrested Sydney couple Ian and Jenny Reid… they said”: the police, not the couple',
      [
        'Crime fell.',
        'Detectives on Tuesday arrested Sydney couple Ian and Jenny Reid at their home. “The investigation is continuing,” they said.',
      ],
      'investigation is continuing',
      'Ian Reid and Jenny Reid',
    ],
  ]);
});

describe('ministries listing their portfolios (probe round H)', () => {
  itNames('%s', [
    [
      '“A spokesperson for the Federal Ministry for Digital and Transport said… the spokesperson said”: its voice, whole',
      [
        'Trains stopped across Germany.',
        'A spokesperson for the Federal Ministry for Digital and Transport said the government would not intervene. “The parties must find a solution themselves,” the spokesperson said.',
      ],
      'find a solution',
      'Federal Ministry for Digital and Transport spokesperson',
    ],
    [
      '“A spokesperson for the Department of Justice and Attorney General Pam Bondi”: a department, then a person',
      [
        'Tariffs rose.',
        'A spokesperson for the Department of Justice and Attorney General Pam Bondi said the case would go ahead. “We will not comment further,” the spokesperson said.',
      ],
      'comment further',
      'Department of Justice spokesperson',
    ],
    [
      '“The Environment, Urbanization and Climate Change Ministry said… The ministry, in a written response, said”: portfolios before the noun',
      [
        'Residents of 14 buildings were told to leave.',
        'The Environment, Urbanization and Climate Change Ministry said the buildings were unsafe.',
        'Tenants say they were not warned.',
        'The ministry, in a written response, said the concrete was “well below the minimum”.',
      ],
      'well below the minimum',
      'Environment, Urbanization and Climate Change Ministry',
    ],
  ]);
});

describe('a body’s noun for the body that just spoke', () => {
  itDoesNotName('%s', [
    [
      '“The Westfield Group said… ¶ The authority also stressed”: a body whose name lacks the noun',
      [
        'Motorists will pay more to park from April.',
        'The Westfield Group said parking at its malls would stay free on Sundays “as is the case now”.',
        'The authority also stressed that “any changes will be announced in advance”.',
      ],
      'announced in advance',
      'Westfield Group',
    ],
  ]);
});

// "said the Guardian": a newspaper whose name has a person's noun's form (-ian, -er) is the
// newspaper, not a description of no one ("says the Orcadian" stays one).
describe('a newspaper named like a person’s noun', () => {
  itNames('%s', [
    [
      '“…,” said the Guardian.',
      ['Ann Lee wrote to the paper on Monday.', '“It is a disgrace,” said the Guardian.'],
      'It is a disgrace',
      'Guardian',
    ],
    [
      '“…,” reported the Inquirer.',
      [
        'The mayor, Tom Reyes, declined to comment on the audit.',
        '“The city has lost track of millions,” reported the Inquirer.',
      ],
      'lost track of millions',
      'Inquirer',
    ],
  ]);
});
