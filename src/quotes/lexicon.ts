/** Word lists the quote reader consults: pronouns, places, roles, words that are never names. */
import { MEMBER_TITLES } from '../text/ranks.js';

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Capitalised words that start sentences or clauses but are never part of a name. */
export const NOT_NAME = new Set(
  (
    'the a an and but or so yet still also then now meanwhile however instead later earlier ' +
    'when while after before as if though although because since in on at of for with by from ' +
    'to this that these those there here it its his her their our my your he she they we i you ' +
    'asked speaking writing responding according today yesterday tonight monday tuesday ' +
    'wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december last next one another some many most both ' +
    'all each every no not only even just indeed finally first second third again what who ' +
    'whom which where why how mostly besides moreover further furthermore thus hence yes ' +
    'oh well please dear sir madam okay ok along amid despite during following given had has ' +
    'have is was were did does will would can could should must might shall do being having ' +
    'unlike like without within between through across toward towards upon via per two three ' +
    'four five six seven eight nine ten dozens hundreds thousands millions several american ' +
    'americans local national federal state people hours minutes days weeks months years moments ' +
    'much part half none jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.'
  ).split(' '),
);

export const PREPOSITIONS = new Set(
  (
    'for of at with from to by about in on into near among under over like than behind amid ' +
    'during despite throughout without within regarding ' +
    // "Outside the town hall, Joe and Helen Sutcliffe said…": an opener, not a name.
    'outside inside across along around beyond beside toward towards upon'
  ).split(' '),
);

/**
 * A party's word before a name or a member's title: "Conservative Tobias Rennie", "the Labour MSP".
 * US parties' labels ("Democrat", "Republican") are titles already (names.ts PARTY_WORDS).
 */
export const PARTY_ADJECTIVES =
  /^(?:Conservative|Liberal|Labour|Labor|Tory|Green|Unionist|Nationalist|Socialist)$/;

/** Places that follow a comma as locations ("in Columbus, Ohio, said"), never speakers. */
export const PLACES = new Set(
  (
    'alabama,alaska,arizona,arkansas,california,colorado,connecticut,delaware,florida,georgia,' +
    'hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiana,maine,maryland,massachusetts,' +
    'michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,' +
    'new mexico,new york,north carolina,north dakota,ohio,oklahoma,oregon,pennsylvania,' +
    'rhode island,south carolina,south dakota,tennessee,texas,utah,vermont,virginia,washington,' +
    'west virginia,wisconsin,wyoming,d.c,ala,ariz,ark,calif,colo,conn,fla,ga,ill,ind,kan,ky,' +
    'md,mass,mich,minn,mo,mont,neb,nev,n.h,n.j,n.m,n.y,n.c,n.d,okla,ore,pa,r.i,s.c,s.d,tenn,' +
    'tex,va,vt,wis,wyo,england,france,germany,china,russia,japan,mexico,canada,israel,iran,iraq,' +
    'syria,britain,london,paris,beijing,moscow,' +
    // Canada's provinces and territories, and their abbreviations in a dateline ("Windsor, N.S.").
    'british columbia,alberta,saskatchewan,manitoba,ontario,quebec,québec,new brunswick,' +
    'nova scotia,prince edward island,newfoundland,labrador,yukon,nunavut,b.c,alta,sask,ont,' +
    'que,n.b,n.s,p.e.i,n.l,nfld,n.w.t'
  ).split(','),
);

/** The nouns for someone who speaks for a body, as "the spokesperson" looks for them. */
export const SPOKESPEOPLE = ['spokesperson', 'spokesman', 'spokeswoman'];

/**
 * Who speaks for a body, as a pattern's one capturing group: "a spokeswoman for X", "an X
 * representative". With VOICE_LINK, what joins the voice to the body after it.
 */
export const VOICE = `(${[...SPOKESPEOPLE, 'representative'].join('|')})`;
export const VOICE_LINK = '(?:for|with|at|from)';

/** Lowercase nouns naming a role, which put a name after them: "campaign spokesman Hogan Gidley". */
export const ROLES = new Set(
  (
    'president spokesman spokeswoman spokesperson director chairman chairwoman chair founder ' +
    // Closed compounds in -man that compromise does not list (a pattern would take surnames:
    // Braverman, Chapman, Foreman).
    'frontman linesman groundsman batsman cameraman doorman postman milkman binman councilman ' +
    'assemblyman sportsman salesman fisherman craftsman tradesman horseman yachtsman lineman ' +
    'marksman helmsman clergyman boatman ferryman ' +
    // British papers' grandparents ("the doting gran-of-five"), which compromise does not list.
    'gran granny nan grandad granddad ' +
    // Who keeps a home ("Housewife Nor Azizah binti Che Mat said"), and who has retired ("the
    // pensioner had a simple answer:"), which compromise lacks.
    'housewife homemaker pensioner retiree ' +
    'ceo leader head executive manager adviser advisor aide strategist pollster analyst expert ' +
    'professor senator secretary correspondent reporter host anchor editor columnist writer ' +
    'author candidate nominee member official economist attorney lawyer resident voter ' +
    'supporter delegate commissioner governor mayor staffer consultant operative historian ' +
    'scientist fellow researcher student activist organizer owner surrogate chief partner ' +
    'lawmaker congressman congresswoman representative commentator contributor pastor minister ' +
    'general officer agent coach judge justice sheriff chancellor diplomat ambassador donor ' +
    'businessman businesswoman billionaire veteran mother father wife husband son daughter ' +
    'widow widower ' +
    'friend colleague rival opponent critic ally star actor actress singer comedian rapper ' +
    'cofounder co-founder publisher producer anchorwoman anchorman speaker treasurer premier ' +
    'taoiseach tánaiste tanaiste comhairle rookie headteacher headmaster headmistress principal ' +
    // Members of the Dáil and of the European Parliament ("the Sinn Féin TD", "the Green MEP"),
    // beside MEMBER_TITLES.
    'td mep ' +
    // Chief officers by their letters ("the CAO said", a Canadian municipality's chief
    // administrative officer; "the CTO"), the coroner, and the judges the Isle of Man and the
    // Channel Islands call bailiffs ("Deputy High Bailiff Martin Quirk").
    'cao cto coo coroner bailiff ' +
    // A lawyer in court, as the Caribbean and the Commonwealth title prosecutors ("Principal Crown
    // Counsel Neville Watson", "the defence counsel").
    'counsel ' +
    // Clergy compromise does not list as people: "the vicar summed up the mood", "the imam".
    'vicar rector curate imam churchwarden ' +
    // A sports club's general manager, as its beat writers call them ("the GM said"); a family
    // doctor, as British, Irish and Australian papers call one ("the GP says"); a prime minister
    // as they and Indian papers write one ("the PM said").
    'gm gp pm ' +
    // Athletes by their sport, which compromise's lexicon does not list as people ("Saint John
    // speed skater Ngozi Adeyemi-Clarke"): golfers, skiers and cyclists it does.
    'skater swimmer rower runner sprinter boxer climber snowboarder jockey diver gymnast ' +
    'marathoner triathlete paddler kayaker hurdler weightlifter'
  )
    .split(' ')
    .concat(MEMBER_TITLES),
);

export const FUNCTION_WORDS = new Set(
  (
    'and or but that to be been being had has have was were is are would will could should ' +
    'not when while as if than then so did do does said says also which who it this'
  ).split(' '),
);

export const SUBORDINATORS = new Set(
  'after when while as if because before although though since despite unless until once whether'.split(
    ' ',
  ),
);

/** Documents a sentence says someone spoke in ("said in a statement"), and "the statement said". */
export const SENT_DOCUMENTS = new Set(['statement', 'release', 'letter', 'email', 'memo', 'post']);

/**
 * Documents whose author the article gives ("a briefing note prepared by X", "a report released by
 * X"), which then speak for the author: "the note reads", "the report states".
 */
export const AUTHORED_DOCUMENTS = new Set([
  ...SENT_DOCUMENTS,
  ...'note report study brief briefing communiqué submission audit review analysis assessment'.split(
    ' ',
  ),
]);

/** What makes someone a document's author, as a document set off says it: "prepared by X". */
export const AUTHORING_PARTICIPLES = new Set(['prepared', 'written', 'produced', 'conducted']);

/** What a document's author did to it: "a report released by X", "a note prepared by X". */
export const DOCUMENT_PARTICIPLES = new Set([
  ...'prepared released published issued written produced sent'.split(' '),
]);

/** Nouns for what a person or an organisation sends or publishes, which then speaks for them. */
export const DOCUMENTS = new Set(
  'email e-mail statement letter ad memo tweet post release editorial column op-ed video'.split(
    ' ',
  ),
);

/** Nouns that stand for an organisation named earlier: "the company said". */
export const ORG_NOUNS = new Set(
  (
    'company firm airline carrier department agency commission bureau ministry union group ' +
    'organisation organization retailer bank service board authority council regulator ' +
    'insurer lender watchdog charity business operator manufacturer maker carmaker automaker ' +
    'developer startup publisher broadcaster network institute university hospital ' +
    'association federation government utility post committee office club school court ' +
    'miner producer supermarket grocer brewer builder telco chain ' +
    'foundation trust society force city local team band chipmaker drugmaker body district ' +
    'coalition alliance corporation railway museum library clinic tribunal ' +
    'league assembly partnership cooperative consortium institution secretariat diocese ' +
    'archdiocese parish gallery fund detachment supplier orchestra choir festival college academy ' +
    'guild chamber'
  ).split(' '),
);

/** A function word or a preposition, lowercase: never a name's first word ("In", "The"). */
export const isFunctionWord = (w: string): boolean => FUNCTION_WORDS.has(w) || PREPOSITIONS.has(w);

/** Words naming a region before a place's name: "Northern Ireland", "Atlantic Canada", "Great Britain". */
export const REGION_WORDS = new Set(
  'Northern Southern Eastern Western Central Atlantic Great Upper Lower New North South East West'.split(
    ' ',
  ),
);

/** Months and weekdays by name, as alternations for patterns. */
export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

/** A month or a weekday, as a name is written ("May" left out: a given name as often as a month). */
export const CALENDAR_NAME =
  /^(January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Thanksgiving|Hanukkah)$/;

/** Words of a description that say what someone was or how old, not what they do. */
export const STATUS =
  /^(?:former|retired|longtime|long-time|veteran|young|old|elderly|local|fellow)$/;

/** What someone no longer is ("the former miner", "the ex-Olympian"), as a pattern's alternatives. */
export const PAST_STATUS_WORDS = 'former|retired|ex|onetime|one-time';

/**
 * What sports copy says of the player a story follows: an age, a career's length, a birthplace or
 * a base ("the 23-year-old guard", "the veteran winger", "the Edmonton-born
 * defenceman"); not an office's or a side's words ("the lead investigator", "the former mayor",
 * "the losing pitcher", "the second official").
 */
export const STORY_QUALIFIER =
  /^(?:\d{1,3}-year-old|veteran|rookie|young|longtime|long-time|first-year|second-year|\p{Lu}[\p{L}.]+-(?:born|based))$/u;

/** A goaltender's nouns: whom "made 31 saves" shows. */
export const KEEPERS = new Set(['netminder', 'goaltender', 'goalie', 'keeper', 'goalkeeper']);

/**
 * Players by their position, as sports copy describes them ("the 23-year-old guard"): only for
 * whom a story follows, not role words everywhere ("Forward Financial", "Guard Security Inc.").
 */
export const POSITIONS = new Set(
  (
    'guard forward centre center midfielder netminder goalie goaltender goalkeeper defenceman ' +
    'defenseman pitcher catcher shortstop outfielder infielder linebacker quarterback winger ' +
    'striker skip fly-half scrum-half defender centre-back center-back full-back fullback ' +
    'wing-back flanker'
  ).split(' '),
);

/** Nouns for someone's family and partners: "the wife of the veteran forward, Mikko Saarinen". */
export const KIN_NOUNS = new Set(
  (
    'father mother dad mom mum parent son daughter child brother sister sibling twin wife ' +
    'husband spouse partner boyfriend girlfriend fiancé fiancée fiance fiancee grandfather ' +
    'grandmother grandpa grandma grandparent grandson granddaughter grandchild uncle aunt ' +
    'gran granny nan grandad granddad ' +
    'nephew niece cousin stepfather stepmother stepson stepdaughter widow widower'
  ).split(' '),
);

/** Nouns for works that carry a title: "the podcast", "his 1990 book", "the series Pop Idol". */
export const WORK_NOUNS = new Set(
  'show podcast film movie memoir book novel drama play documentary series sitcom program programme album song musical thriller'.split(
    ' ',
  ),
);

/** Nouns for what is published under a title: "the report Still Waiting", "the study Sleep Matters". */
export const TITLED_NOUNS = new Set([
  ...WORK_NOUNS,
  ...DOCUMENTS,
  ...'report study survey paper review audit poll book'.split(' '),
]);

/** Words that make a role a lesser one ("Vice President Joe Biden" is no president). */
export const LESSER = new Set(['vice', 'deputy', 'assistant', 'lieutenant', 'sous']);

/** Words before a role that say whose it is: "police Chief", "city councillor". */
export const ROLE_MODIFIERS =
  /^(?:police|fire|city|county|state|provincial|federal|town|school|hospital)$/;

/** The gender a description gives ("an 84-year-old woman", "a spokesman"), or null. */
export function describedGender(description: string): 'm' | 'f' | null {
  if (
    /(?:^|\s|-)(?:woman|mother|mum|mom|grandmother|gran|granny|nan|girl|wife|widow|daughter|spokeswoman|chairwoman|businesswoman)\b/i.test(
      description,
    )
  )
    return 'f';
  if (
    /(?:^|\s|-)(?:man|father|dad|grandfather|grandad|granddad|boy|husband|widower|son|spokesman|chairman|businessman)\b/i.test(
      description,
    )
  )
    return 'm';
  return null;
}

/**
 * Words opening a sentence's phrase of place ("In Southeast Portland,", "Further along the
 * river,"), before a couple named after it: an alternation for patterns.
 */
export const PLACE_OPENER_WORDS =
  'In|At|On|Near|Outside|Inside|Along|Across|Further|Farther|Back|Down|Up|Over|Around|Behind|Beyond|Elsewhere|Nearby';
