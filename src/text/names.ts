import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexiconWords } from './lexicon-words.js';
import { foldText } from './normalize.js';
import { ownCopy } from './own-copy.js';
import { MEMBER_TITLES, RANK_ABBREVIATIONS } from './ranks.js';

/**
 * Name normalisation for people and organisations: folding for lookup, stripping titles,
 * and small-typo distance. Shared by quote attribution and the speaker registry.
 */

/** Party labels, titles before a member's name ("Independent MP Jody Wilson-Raybould"). */
const PARTY_WORDS =
  'republican republicans democrat democrats democratic gop independent libertarian'.split(' ');

/** Titles and honorifics that precede a name; lowercase, without the trailing dot. */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister brother ' +
    'president vice prime minister premier chancellor secretary undersecretary senator sen rep ' +
    'representative ' +
    'congressman congresswoman gov governor lt col gen general adm admiral maj major capt captain ' +
    'sgt sergeant cmdr commander chief justice judge mayor ambassador attorney commissioner ' +
    'speaker chairman chairwoman chairperson chair director spokesman spokeswoman spokesperson ' +
    'leader pope sheikh imam rabbi cardinal archbishop emeritus venerable fr monsignor msgr elder ' +
    // Māori elders' titles: "Kaumātua Hēmi Te Whata", "Kuia Mere Tipene".
    'kaumātua kaumatua kuia ' +
    // Sark's and Guernsey's members and Jersey's honorary police: "Conseiller Elizabeth Perrée",
    // "Jurat Anne Le Marquand", "Centenier John Le Brocq".
    'conseiller jurat centenier ' +
    // A Fijian chief's title: "Ratu Josaia Vakaloloma"; a Tswana one's, a given name too
    // (GIVEN_NAME_TITLES): "Kgosi Tshepo Kebaabetswe".
    'ratu kgosi ' +
    // Aboriginal and Torres Strait Islander elders: "Aunty Dorothy Mallarda-Cox", "Uncle Jack Charles".
    'aunty uncle ' +
    // South Africa's advocates, the bar's title: "Adv. Thuli Madonsela" (in full, advocateBefore).
    'adv ' +
    // "The Revd Sarah Hollings" (Britain), "Barrister Sayeda Nasrin Haque" (Bangladesh).
    'revd barrister ' +
    // South Asian police ranks: "SSP Chaminda Rathnayake" (Senior Superintendent of Police).
    'ssp dsp asp ' +
    // Indian honorifics: "Shri Ramesh Kulkarni", "Smt. Anjali Deshpande".
    'shri smt shrimati ' +
    // Malaysian and West African honorifics: "Datuk Anwar Ibrahim", "Alhaji Musa Bello", "Malam
    // Sule Shanono" (Hausa, a learned man; not "Tun" nor "Seri", given names too: "Tun Khin",
    // "Seri Wahyuni").
    'datuk dato datin alhaji alhaja haji haja hajiya hajia hajjah hajah malam mallam ' +
    // Nigerian papers' titles for unionists and engineers: "Comrade Olatunde Ajayi", "Engr. Musa
    // Bello" (not "Engineer", a surname too: Farokh Engineer).
    'comrade comr engr ' +
    // A Malay courtesy title ("Encik Rahmat"; not "Puan", an Indonesian given name too), and a
    // Swahili elder's ("Mzee arap Sang").
    'encik mzee ' +
    // Malaysian police ranks abbreviated: "Asst Comm Mohd Rizal Abdullah".
    'asst comm ' +
    // "Madam Low Bee Hoon", "Mdm Goh Siew Lan" (Singapore, Malaysia); "Gda Eoin Fahy", a Garda
    // (Irish papers).
    'madam mdm gda ' +
    // South African honorifics: "Mam’ Dorothy Ntuli", "Gogo Thandi Zulu", "Ntate Sipho Mokoena"
    // (not "MEC", a retailer's name as much as an office's).
    'mam gogo ntate ' +
    'deputy assistant acting former lady candidate nominee presidential ' +
    'officer detective agent coach dean state house senate ceo cfo coo founder executive principal ' +
    'mrs. sen. rep. gov. st pres senior adviser advisor strategist aide manager consultant ' +
    'analyst correspondent anchor host editor columnist ' +
    // Police and council ranks spelled out, as Canadian, British and Australian papers write them.
    'councillor councilor constable corporal inspector superintendent brigadier colonel lieutenant ' +
    // Indian district collectors, titled before the name.
    'collector coroner prosecutor magistrate ' +
    // "Sheriff Elspeth Grierson": a Scottish judge, an American county's officer.
    'sheriff ' +
    // "Auditor-General Hélène Bastien": Canadian and Australian papers hyphenate the office.
    'auditor'
  )
    .split(' ')
    .concat(RANK_ABBREVIATIONS, MEMBER_TITLES, PARTY_WORDS),
);

/**
 * Words of a Malaysian honour's style after it, before the name: "Datuk Seri", "Dato' Sri",
 * "Datin Paduka", "Datuk Haji" (not "Amar": "Datuk Amar Singh" is a given name).
 */
export const HONOUR_STYLE =
  /^(?:Seri|Sri|Paduka|Panglima|Wira|Utama|Patinggi|Setia|Haji|Hajah|Hj\.?)$/;

/**
 * The words after `honour` without its style when it is Datuk, Dato or Datin ("Datuk Seri Ahmad
 * Zulkifli": "Ahmad Zulkifli"), one word at least; `rest` as it is after any other word.
 */
export function withoutHonourStyle(honour: string, rest: string[]): string[] {
  if (!/^dat(?:uk|o|in)['’]?$/i.test(honour)) return rest;
  let out = rest;
  while (out.length > 1 && HONOUR_STYLE.test(out[0] ?? '')) out = out.slice(1);
  return out;
}

/**
 * "Tan Sri Muhyiddin Yassin", "Puan Sri Noorainee Abdul Rahman", "Toh Puan Norashikin Ismail": a
 * Malaysian honour of two words, neither a title alone ("Tan" is a surname, "Puan" a given name).
 */
export const isHonourPair = (first: string, second: string): boolean =>
  HONOUR_OPENERS.has(first) && HONOUR_PAIRS.has(`${first} ${second}`);

const HONOUR_PAIRS = new Set(['Tan Sri', 'Puan Sri', 'Toh Puan']);

/** The words honour pairs open on: asked of every word of a name, most settled without a pair built. */
const HONOUR_OPENERS = new Set([...HONOUR_PAIRS].map((pair) => pair.slice(0, pair.indexOf(' '))));

const HONORIFIC_BEFORE = /^(?:Mr|Mrs|Ms|Miss|Madam|Mdm)\.?$/;

/** An honorific anyone may be given, any case ("Mr", "mrs", "Madam"): no office's title. */
export const isPlainHonorific = (word: string): boolean =>
  HONORIFIC_BEFORE.test(word.charAt(0).toUpperCase() + word.slice(1));

/** Nouns for a government's offices, named by a word that is elsewhere a title ("State Department"). */
export const OFFICE_NOUNS =
  /^(Department|Committee|Ministry|Office|Agency|Bureau|Commission|Council|Service)$/;

/** A name's initials, each with its dot: "K.", "K.P.", "A.K.M.". */
export const NAME_INITIALS = /^(?:\p{Lu}\.)+$/u;

/** A portfolio's capitalised word, no compass point: "Affairs", not "North". */
const PORTFOLIO_WORD = /^(?!(?:North|South|East|West|Central|New)$)\p{Lu}\p{Ll}+$/u;

/** The nouns a public body's name is headed by ("General Confederation of Labour"). */
const BODY_HEADS = /^(?:Confederation|Federation|Assembly|Union|Association|Congress|Chamber)$/;

/**
 * Whether the title word at `i` opens a body's name: a body's head noun and "of" or "for" after
 * it ("General Confederation of Labour", "State Council for Science…"); not a surname that is a
 * firm's word ("Mrs Hill of Leeds", "Governor Bank of Industry Olasupo Olusi").
 */
export function titlesBody(words: readonly string[], i: number): boolean {
  const head = words[i + 1] ?? '';
  return (
    (OFFICE_NOUNS.test(head) || BODY_HEADS.test(head)) && /^(?:of|for)$/.test(words[i + 2] ?? '')
  );
}

/** Words that mark a run of capitalised words as an organisation rather than a person. */
const ORG_WORDS = new Set(
  (
    'news times post journal press tribune herald gazette magazine daily weekly network ' +
    'party committee campaign association institute institution institutions academy university ' +
    'college school schools department ' +
    'ministry agency bureau office council center centre foundation fund trust group inc ' +
    // Malaysian, Singaporean and Indonesian legal endings: "Sdn Bhd", "Berhad", "Pte", "Tbk".
    'sdn bhd berhad pte tbk ' +
    'corp corporation company co llc ltd bank reuters bloomberg cnn msnbc fox nbc abc cbs ' +
    'npr pbs bbc ap afp politico breitbart axios hill commission court congress senate house ' +
    'administration government service services union federation organization organisation ' +
    'coalition alliance society project initiative republicans democrats police army navy ' +
    'constabulary gendarmerie ' +
    'force forces club league team board caucus pac review report reports poll polls guard guards ' +
    'twitter facebook google apple microsoft amazon media tv radio channel insider guardian ' +
    'telegraph examiner observer monitor street wire today world america watch informer ' +
    'courier sentinel inquirer chronicle bulletin dispatch authority assembly confederation ' +
    'tribunal secretariat partnership cooperative co-operative hospital clinic museum library ' +
    'gallery railway railways rail transit municipality township nation nations industries unit ' +
    'archdiocese diocese parish forum collective movement directorate inspectorate guild chamber ' +
    // "Ogun State Police Command", "the Superintendence of Public Health".
    'command superintendence ' +
    // Quebec's and France's bodies, folded: "Université de Montréal", "Sûreté du Québec".
    'universite ecole surete ministere societe conseil hopital regie institut syndicat cegep groupe ' +
    // Firms' names end on what they make or do: "Meridian Foods", "Salar Verde Minerals".
    'foods pharmaceuticals minerals mining resources motors airlines airways holdings ' +
    'technologies system systems solutions products brands logistics laboratories therapeutics ' +
    'components semiconductors chemicals materials textiles ferries cement electricity plc ' +
    'communications telecom insurance investments properties utilities energy bancorp ' +
    // … or on where they do it: "Ardoch Mhor Distillery", "Crustworthy Bakery".
    'distillery distilleries brewery breweries winery wineries bakery bakeries creamery dairy ' +
    'dairies cafe restaurant restaurants hotel hotels farms fisheries vineyard vineyards ' +
    'supermarket supermarkets stores pharmacy ' +
    // Utilities and airports: "Thames Water", "Manchester Airport".
    'water airport ' +
    // Ensembles: "the Tyneside Philharmonic", "Boston Symphony Orchestra", "Vancouver Bach Choir"
    // (not "symphony", a work as often: "Beethoven's Ninth Symphony").
    'orchestra philharmonic philharmonia sinfonia choir'
  ).split(' '),
);

/** Words joining a given name to a father's: "binti" of "Nur Aisyah binti Kamaruddin". */
export const PATRONYMICS: ReadonlySet<string> = new Set(['bin', 'binti', 'binte', 'bint', 'ibn']);

/** Name particles that may appear lowercase inside a name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set([
  ...'de da del della dela delos di du des la las le los van von der den ter al el dos das y ap arap'.split(
    ' ',
  ),
  ...PATRONYMICS,
]);

/**
 * "al-Rashid", "el-Haddad", "bin-Laden", "d’Alembert": a surname opening on a lowercase particle
 * joined to a capitalised word, a name as much as a capitalised word is.
 */
export function isParticleSurname(word: string): boolean {
  return PARTICLE_SURNAME.test(word);
}

/** The particles such a surname opens on, and the mark joining them: a pattern's source. */
export const SURNAME_PARTICLE = "(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu|d|l)[-’']";

const PARTICLE_SURNAME = new RegExp(`^${SURNAME_PARTICLE}\\p{Lu}\\p{Ll}`, 'u');

/** A surname's particle, as written lowercase ("van", "ap") or capitalised ("Van", "Ó", "Ní"). */
function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase()) || GAELIC_PARTICLES.has(word);
}

// Not "Mac", a given name as often ("Mac Jones").
const GAELIC_PARTICLES = new Set(['Ó', 'Ní', 'Nic', 'Ua', 'Uí']);

/** Trailing generational suffixes, dropped when folding. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

const foldCache = new Map<string, string>();

/** ASCII letters, and single spaces between words: lowercasing alone folds it. */
function isAsciiWord(text: string): boolean {
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      if (text.charCodeAt(i - 1) === 32) return false;
      continue;
    }
    const c = code | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Lowercase, strip diacritics and punctuation, collapse spaces: "Gonzàlez" → "gonzalez". */
export function fold(text: string): string {
  // Words of ASCII letters only need lowercasing: cheaper than hashing them for the cache.
  if (isAsciiWord(text)) return text.toLowerCase();
  const hit = foldCache.get(text);
  if (hit !== undefined) return hit;
  // Names repeat across articles; the cache is bounded so a huge corpus cannot grow it forever.
  if (foldCache.size > 50_000) foldCache.clear();
  const ascii = /^[\x20-\x7e]*$/.test(text);
  const folded = (ascii ? text.toLowerCase() : foldText(text))
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  foldCache.set(ownCopy(text), folded);
  return folded;
}

/** A word lowercased, without a final dot: "Sen." → "sen", "Colo." → "colo". */
export function undotted(w: string): string {
  const lower = w.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** True when a token (any case, with or without its dot) is a title or honorific. */
export function isTitle(token: string): boolean {
  // "Hon. Ama Frimpong": "the Honourable", with its dot (not "Hon Hai", "Hon Lai").
  if (token === 'Hon.' || token === 'Hon’ble' || token === "Hon'ble") return true;
  // "Barr. Ezekiel Gambo Kauru": Nigeria's barristers, with its dot (Barr is a surname too).
  if (token === 'Barr.') return true;
  // "Me Julie Tremblay": a Quebec lawyer's or notary's title, capitalised as written ("me" is no title).
  if (token === 'Me') return true;
  // "Mayor-elect", "Minister-designate": the office's title still.
  // "Mam’ Dorothy": an honorific cut short with an apostrophe.
  const lower = undotted(token).replace(/['’]$/, '');
  const word = lower.includes('-') ? lower.replace(/-(?:elect|designate)$/, '') : lower;
  if (TITLES.has(word)) return true;
  // "Director-General", "Secretary-General", "Attorney-General": titles joined by a hyphen.
  return word.includes('-') && word.split('-').every((part) => TITLES.has(part));
}

/**
 * Burmese honorifics before a name of two plain words or more ("U", "Daw", the Karen "Naw");
 * "Ko", "Ma", "Maung" and "Saw", surnames and given names elsewhere ("Ma Ying-jeou", "Saw Choo
 * Boon"), only before three, as Burmese names run ("Ma Su Myat Noe").
 */
function opensOnBurmeseHonorific(tokens: string[]): boolean {
  // Most names open on none of these words: settled before anything else is asked.
  const first = tokens[0] ?? '';
  const always = /^(?:U|Daw|Naw)$/.test(first);
  if (!always && !/^(?:Ko|Ma|Maung|Saw)$/.test(first)) return false;
  const rest = tokens.slice(1);
  // Plain words, no initials ("U R Ananthamurthy", "U U Lalit") nor a firm ("U Mobile Sdn Bhd").
  if (rest.length < (always ? 2 : 3) || !rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)))
    return false;
  return !isOrgName(rest.join(' '));
}

const orgCache = new Map<string, boolean>();

/** True when a name looks like an organisation ("The New York Times", "FBI"). */
export function isOrgName(name: string): boolean {
  // The same names are asked about again and again, through an article and across a corpus.
  let known = orgCache.get(name);
  if (known === undefined) {
    if (orgCache.size > 50_000) orgCache.clear();
    known = readOrgName(name);
    orgCache.set(ownCopy(name), known);
  }
  return known;
}

/**
 * "Friends of the Earth", "Friends of Miller Park": a group by what it stands up for, "the …" or a
 * place or amenity named by its last word; not "Friends of Starmer" (review).
 */
export function isFriendsOf(words: string[]): boolean {
  if (words[0] !== 'Friends' || words[1] !== 'of' || words.length < 3) return false;
  return words[2] === 'the' || FRIENDS_OF_PLACE.test(words[words.length - 1] ?? '');
}

const FRIENDS_OF_PLACE =
  /^(?:Park|Fields|Gardens|Woods|Forest|River|Lake|Library|Museum|Zoo|Cemetery|Common|Heath|Hall|Theatre|Beach|Creek|Trail|Canal|Valley|Island)$/;

/** A capitalised word ending on a possessive, as a firm's name does ("McDonald's", "Poor's"). */
export const POSSESSIVE_NAME_WORD = /^\p{Lu}\S*['’]s$/u;

/** A local government's name: its noun, "of", a place. */
const LOCAL_GOVERNMENT =
  /^(?:Regional |Rural )?(?:City|Town|Township|Village|Municipality) of \p{Lu}/u;

function readOrgName(name: string): boolean {
  // Most names asked about are one plain word: no split needed.
  const words = isOneWord(name) ? [name] : name.split(/\s+/);
  if (words.length === 1 && /^[A-Z]{2,6}s?$/.test(words[0] ?? '')) return true;
  if (isFriendsOf(words)) return true;
  // "Amsterdam & Partners", "Marks & Spencer": capitalised words joined by "&" name a firm.
  if (
    words.length >= 3 &&
    words.includes('&') &&
    words.every((w) => w === '&' || /^\p{Lu}/u.test(w))
  )
    return true;
  // "McDonald's", "Standard & Poor's": a name ending on a possessive is a firm's.
  if (POSSESSIVE_NAME_WORD.test(words[words.length - 1] ?? '')) return true;
  // "City of Winnipeg", "Regional Municipality of Durham": a local government by its place.
  if (words.length > 2 && words.includes('of') && LOCAL_GOVERNMENT.test(name)) return true;
  // "Ngāti Kahungunu", "Ngāi Tahu": a Māori iwi by the word for its descendants, no one's name.
  if (words.length > 1 && IWI_HEAD.test(words[0]!)) return true;
  // "Chicago Sun-Times", "KING-TV": a hyphenated word is an organisation's by its last part.
  const written = words.map((w) => w.slice(w.lastIndexOf('-') + 1));
  const tails = written.map(fold);
  // "AP", "BBC" as written: "Lowri Ap Ifan" is a Welsh surname's particle.
  // "Undersecretariat", "Commissariat", "Directorate": an office's body by its ending too.
  const org = tails.map(
    (tail, i) =>
      (ORG_WORDS.has(tail) && (!ORG_ACRONYMS.has(tail) || !/\p{Ll}/u.test(written[i]!))) ||
      BODY_ENDING.test(tail),
  );
  const last = words.length - 1;
  // "David Hill", "David Nakamura-Hill", "Megan Fox": a given name, then a surname that is also a
  // publication's name.
  if (
    last >= 1 &&
    last <= 2 &&
    org.indexOf(true) === last &&
    SURNAME_ORG_WORDS.has(tails[last]!) &&
    isFirstName(words[0]!)
  )
    return false;
  return org.includes(true);
}

/** What a Māori iwi's or hapū's name opens on: "Ngāti" ("descendants of"), "Ngāi", "Ngā". */
const IWI_HEAD = /^(?:Ngāti|Ngati|Ngāi|Ngai|Ngā)$/u;

/** An office's body by its ending: "Undersecretariat", "Inspectorate" (not "Socrates"). */
const BODY_ENDING = /\p{L}{3}(?:ariat|orate)$/u;

/** Organisation words that are surnames too: "The Hill", Fox News, "Gillian Ferries" (not Western Ferries). */
const SURNAME_ORG_WORDS = new Set(['hill', 'fox', 'ferries']);

/** Organisation words that are acronyms, an organisation's only when written in capitals. */
const ORG_ACRONYMS = new Set('cnn msnbc nbc abc cbs npr pbs bbc ap afp pac tv'.split(' '));

/** Non-empty, ASCII and without whitespace (so not split by /\s+/); false when unsure. */
function isOneWord(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || c >= 128) return false;
  }
  return true;
}

/**
 * "Canadian Premier Basketball League": whether a run is a body's name that holds an office's word
 * (it keeps it): it ends on a body's word and holds no given name nor "of"; not a title, a name and
 * a surname that is also a body's word ("Mayor Nadeem Post"), by `isTitleWord`, but an office's
 * title owning the body's word ("Chief Coroner’s Office").
 */
export function isTitledBody(words: string[], isTitleWord: (word: string) => boolean): boolean {
  const last = words[words.length - 1] ?? '';
  return (
    words.length > 2 &&
    /^\p{Lu}\p{Ll}/u.test(last) &&
    isOrgName(last) &&
    // "the Chief Coroner’s Office": a title owning the body's word is the body's, not a name.
    !(
      words.length === 3 &&
      isTitleWord(words[0] ?? '') &&
      !(/['’]s$/.test(words[1] ?? '') && isTitleWord((words[1] ?? '').replace(/['’]s$/, '')))
    ) &&
    !words.some((w) => w === 'of' || isFirstName(w))
  );
}

const PARTY_LABELS = new Set(PARTY_WORDS);

/**
 * "Republican National Committee", "Independent Investigations Office of B.C.": a party label
 * at `i` opening a body's name, which keeps it; not a title nor a name after it ("Independent
 * Senator Jane Roe", "Independent Rachel Post").
 */
function opensPartyBody(tokens: string[], i: number): boolean {
  if (!PARTY_LABELS.has(fold(tokens[i] ?? ''))) return false;
  const rest = tokens.slice(i + 1);
  return isOrgName(rest.join(' ')) && !rest.some((w) => isTitle(w) || isFirstName(w));
}

/**
 * "Arijit Sen Sharma": "Sen" undotted after a given name's word is a Bengali surname's word, no
 * senator's title ("Sen. Ted Cruz" has its dot; "Sen Elizabeth Warren" opens the run; "Texas
 * Sen Ted Cruz", "US Sen" follow a place).
 */
function surnameBetween(tokens: string[], i: number): boolean {
  if (tokens[i] !== 'Sen' || i === 0) return false;
  const before = tokens[i - 1]!;
  return !isTitle(before) && !/^U\.?S\.?$/.test(before) && !lexiconWords().places.has(fold(before));
}

/**
 * "Advocate Busisiwe Khumalo-Zungu" (South Africa's advocates), "Honourable Kgosietsile Ramotswa"
 * (Botswana): a title in full before a given name or a word no English lexicon lists; not a
 * body's first word ("Advocate Health Care", "the Honourable Society of the Middle Temple").
 */
function advocateBefore(word: string, next: string): boolean {
  return TITLES_BEFORE_NAMES.has(word) && (isGivenNameOfAnyKind(next) || !isEnglishWord(next));
}

const TITLES_BEFORE_NAMES = new Set(['Advocate', 'Honourable', 'Honorable']);

/**
 * Titles that are given names too: a title ("Kgosi Tshepo Kebaabetswe", a Tswana chief; "Kgosi
 * Seboko"), but the given name after another title ("Dr Kgosi Letlape"). Not "Haja", which
 * Sierra Leonean papers write before a surname alone ("Haja Turay"), though it is a Malagasy
 * given name too.
 */
const GIVEN_NAME_TITLES = new Set(['Kgosi']);

/**
 * Titles that are given names as often, after another title and right before a surname: "Coun.
 * Dean Whitfield", "Sen. Earl Blumenauer" (not "Assistant Dean Mary Smith" nor "Acting Dean
 * Whitfield", deans).
 */
const GIVEN_TITLE_WORDS = new Set(['Dean', 'Earl', 'Duke']);

/** Words that make a title another's of the same office ("Acting Dean Whitfield" is a dean). */
export const OFFICE_MODIFIER =
  /^(?:acting|former|deputy|assistant|associate|interim|senior|vice|ex|outgoing|incoming|executive|founding|emeritus)$/i;

/**
 * Tokens of a name with leading titles removed: "Russian President Vladimir V. Putin" →
 * Vladimir V. Putin; "Secretary of State John Kerry" → John Kerry. Keeps at least one token.
 */
export function stripTitles(tokens: string[]): string[] {
  if (isTitledBody(tokens, isTitle)) return tokens;
  // "Daw Khin Myo Aye", "U Tin Maung Oo", "Ko Zaw Lin Htet": a Burmese honorific.
  if (opensOnBurmeseHonorific(tokens)) return stripTitles(tokens.slice(1));
  // "Dean Fraser": a title that is a given name as well, before one name, is the given name.
  if (tokens.length === 2 && isGivenInFullName(tokens[0]!) && /^\p{Lu}\p{Ll}/u.test(tokens[1]!))
    return tokens;
  // The last title that has a word other than a suffix after it, found from the end; not one
  // naming an office ("Justice Department").
  let lastTitle = -1;
  let wordAfter = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    // "Menteri Besar Tan Sri Sanusi Junid": an honour of two words ends the titles too; not after
    // an honorific ("Madam Tan Sri Wahyuni" is a Tan).
    const honour =
      isHonourPair(tokens[i - 1] ?? '', t) &&
      tokens.length - i > 2 &&
      !HONORIFIC_BEFORE.test(tokens[i - 2] ?? '');
    if (
      wordAfter &&
      ((isTitle(t) &&
        !(
          (GIVEN_NAME_TITLES.has(t) ||
            (GIVEN_TITLE_WORDS.has(t) &&
              i === tokens.length - 2 &&
              !OFFICE_MODIFIER.test(tokens[i - 1] ?? ''))) &&
          i > 0 &&
          isTitle(tokens[i - 1]!)
        ) &&
        !OFFICE_NOUNS.test(tokens[i + 1] ?? '') &&
        // "General Confederation of Labour": a body's noun after it keeps it in the body's name.
        !titlesBody(tokens, i) &&
        !opensPartyBody(tokens, i) &&
        !surnameBetween(tokens, i) &&
        // "Nur Syazwani binti Haji Md Yusof": after "bin" or "binti", the father's own title.
        !PATRONYMICS.has(tokens[i - 1] ?? '')) ||
        honour ||
        advocateBefore(t, tokens[i + 1] ?? ''))
    ) {
      lastTitle = i;
      break;
    }
    wordAfter ||= !SUFFIXES.has(fold(t));
  }
  let rest = tokens.slice(lastTitle + 1);
  // "Datuk Seri Ahmad Zulkifli": "Seri" after a Malaysian honorific is the honorific's.
  rest = withoutHonourStyle(tokens[lastTitle] ?? '', rest);
  // "Tan Sri Razarudin Husain", "Tan Sri Muhyiddin": an honour of two words before a name.
  const honorific = HONORIFIC_BEFORE.test(tokens[lastTitle] ?? '');
  if (rest.length >= 3 && isHonourPair(rest[0]!, rest[1]!) && !honorific) rest = rest.slice(2);
  // "Minister of National Defense Wei Fenghe": the office runs on after "of"; keep the name.
  // "Minister for Health Cathal Ó Riordáin", "… Ursula von der Leyen": the given name before a
  // surname's particles too.
  if (lastTitle >= 0 && /^(of|for)$/i.test(rest[0] ?? '')) {
    let from = rest.length - 2;
    while (from > 2 && isParticle(rest[from]!)) from--;
    // "Minister for Parliamentary Affairs Rasheed Ahmed Shah": a given name before, too, right
    // after the portfolio's capitalised English word; not a place ("MP for North Devon Ian Roome",
    // "for Kensington and Chelsea Joe Powell"), nor after a word of a portfolio in another
    // language ("Minister for Mahila Vikas Anita Devi").
    const given = rest[from - 1] ?? '';
    if (
      from > 2 &&
      isGivenNameOfAnyKind(given) &&
      !isEnglishWord(given.toLowerCase()) &&
      !lexiconWords().places.has(fold(given)) &&
      PORTFOLIO_WORD.test(rest[from - 2] ?? '') &&
      isEnglishWord((rest[from - 2] ?? '').toLowerCase())
    )
      from--;
    rest = rest.slice(from);
  }
  // Demonyms and party adjectives before a bare name ("Russian Putin") are not the name; a first
  // name that ends like one is ("Brian Jack", "Julian Castro"), and so is an organisation's
  // ("Canadian Union of Public Employees", "British Medical Association"). Asked only when a
  // demonym opens the name: asking every name's words cost 1 % of quote extraction.
  // Right after a title the next word is a given name, whatever its ending ("Rev Gwenllian Evans").
  const byEnding = lastTitle < 0;
  if (opensOnDemonym(rest, byEnding) && !rest.some((w) => isOrgName(w))) {
    while (opensOnDemonym(rest, byEnding)) rest = rest.slice(1);
  }
  return rest.length > 0 ? rest : tokens.slice(-1);
}

/**
 * A name of two words or more opening on a demonym or party adjective that is no first name: by
 * its ending ("Russian", "Chinese"), or any nationality compromise lists before a given name
 * ("American Tyler Brooks", not "American Express").
 */
/** Nationalities in -ish, which compromise's demonyms mostly lack. */
const ISH_NATIONS = new Set(
  'English Irish Scottish British Polish Spanish Turkish Kurdish Danish Finnish Swedish Flemish Cornish'.split(
    ' ',
  ),
);

/** Peoples in -ese compromise's lexicon lacks ("Burmese", "Maltese"); not surnames ("Albanese"). */
const ESE_NATIONS = new Set(
  'Maltese Burmese Nepalese Guyanese Togolese Gabonese Beninese Bhutanese Faroese Surinamese Balinese Javanese Sinhalese Timorese Viennese Genoese Siamese Cantonese Macanese Shanghainese Sammarinese Pekingese'.split(
    ' ',
  ),
);

function opensOnDemonym(words: string[], byEnding: boolean): boolean {
  const first = words[0] ?? '';
  if (words.length < 2 || !/^[A-Z][a-z]+$/.test(first) || isFirstName(first)) return false;
  // -ish is a closed set ("Harish", "Ashish" are given names); "Christian" is a faith, and a given
  // name before a surname ("Christian Dubé"); so is any the wider list knows ("Anneliese Friesen",
  // "Octavian Popescu"), which holds no nationality. A word no list knows is a given name before a
  // surname ("Gwenllian Tudur-Evans"), unless it may be a nationality (isNationLike) or a given
  // name follows it ("Liverpudlian Jamie Carragher").
  if (
    byEnding &&
    ((/^[A-Z][a-z]+(ian|ese|ean)$/.test(first) &&
      first !== 'Christian' &&
      !isKnownGivenName(first) &&
      (isGivenNameOfAnyKind(words[1] ?? '') || isNationLike(first))) ||
      ISH_NATIONS.has(first))
  )
    return true;
  // "American Legion": a word the given-name lists hold too is no given name here.
  return isFirstName(words[1] ?? '') && isDemonym(first);
}

/**
 * "Canadian", "American", "Kenyan": a nationality by compromise's lexicon (none without it), or one
 * in -ish or -ese it lacks ("Danish", "British", "Burmese").
 */
export function isDemonym(word: string): boolean {
  if (ISH_NATIONS.has(word) || ESE_NATIONS.has(word)) return true;
  if (!demonyms) {
    demonyms = new Set();
    try {
      const { lexicon, unpack } = readCompromiseLexicon();
      for (const w of Object.keys(unpack(lexicon['Demonym'] ?? ''))) demonyms.add(w);
    } catch {
      // Only the endings opensOnDemonym reads then.
    }
  }
  return demonyms.has(fold(word));
}

let demonyms: Set<string> | null = null;

/**
 * Whether a word in -ian, -ean or -ese may be a nationality or a place's people, not a given name
 * no list knows ("Gwenllian"): a lexicon lists it, under any tag ("Historian", "Indonesian",
 * "Laotian"), or it is formed from a place compromise lists ("Slovenian" of Slovenia, "Bhutanese"
 * of Bhutan, "Balinese" of Bali, "Mauritian" of Mauritius, "Bostonian" of Boston). Every such
 * word is one without the lexicons' words.
 */
function isNationLike(word: string): boolean {
  const { nationLike, places } = lexiconWords();
  const lower = fold(word);
  if (nationLike.size === 0 || nationLike.has(lower)) return true;
  const stem = lower.replace(/(?:ian|ean|ese)$/, '');
  // The place's name is the stem with an ending put back ("Sloven-ia", "Maurit-ius") or its last
  // letter taken off ("Balin-ese" of Bali).
  return ['', 'a', 'ia', 'i', 'e', 'o', 's', 'ius']
    .map((ending) => stem + ending)
    .concat(stem.slice(0, -1))
    .some((w) => places.has(w));
}

/**
 * Whether a word (any case) is one the tagger lexicon lists in lowercase: an English word
 * ("Asserting", "Billionaire", "Meanwhile"), not a name no list knows ("Moreton", "Ardoch").
 * Without the lexicon's words, every word is.
 */
export function isEnglishWord(word: string): boolean {
  const { english } = lexiconWords();
  return english.size === 0 || english.has(word.toLowerCase());
}

/**
 * Whether a name stands for one person wherever it is written: one no English word spells
 * ("Putin"), unlike "Defense" (a Chinese minister's title's end and a Taiwanese ministry's name).
 */
export function isOnePersonsName(name: string): boolean {
  return !isEnglishWord(name);
}

const tokenCache = new Map<string, string[]>();

/** Folded tokens of a name without titles, initials or suffixes, for matching people. */
export function nameTokens(name: string): string[] {
  const hit = tokenCache.get(name);
  if (hit) return hit;
  if (tokenCache.size > 50_000) tokenCache.clear();
  const kept = computeNameTokens(name);
  tokenCache.set(ownCopy(name), kept);
  return kept;
}

function computeNameTokens(name: string): string[] {
  const tokens = stripTitles(name.trim().split(/\s+/).filter(Boolean));
  const folded = fold(tokens.join(' ')).split(' ').filter(Boolean);
  const kept = folded.filter((t, i) => !(t.length === 1 && i < folded.length - 1));
  while (kept.length > 1 && SUFFIXES.has(kept[kept.length - 1] ?? '')) kept.pop();
  return kept;
}

const keyCache = new Map<string, string>();

/** A key under which the same person's name variants meet: "Vladimir V. Putin" → "vladimir putin". */
export function personKey(name: string): string {
  // The same key string each time: a map keyed by it hashes it once, not once per lookup.
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    key = nameTokens(name).join(' ');
    keyCache.set(ownCopy(name), key);
  }
  return key;
}

/** The family name as it is usually written last ("Marcus Galauskas" → "galauskas"). */
export function surnameKey(name: string): string {
  const tokens = nameTokens(name);
  return tokens[tokens.length - 1] ?? '';
}

/** Optimal-string-alignment distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      }
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/** How many typos a query of this length may carry and still match. */
export function typoBudget(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  return 2;
}

let genders: Map<string, 'm' | 'f'> | null = null;

/**
 * compromise's packed lexicon (tag → efrt-packed words), read from its data file: importing
 * compromise itself would cost ~0.5 s, this ~20 ms once. Throws if the layout ever changes.
 */
export function readCompromiseLexicon(): CompromiseLexicon {
  // Read once for every reader (first names here, name types in quotes/lexicon-types).
  return (compromiseLexicon ??= readLexiconFile());
}

interface CompromiseLexicon {
  lexicon: Record<string, string>;
  unpack: (s: string) => Record<string, unknown>;
}

let compromiseLexicon: CompromiseLexicon | null = null;

function readLexiconFile(): CompromiseLexicon {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('compromise');
  const root = entry.slice(0, entry.lastIndexOf(`${join('/', 'builds')}`)) || dirname(entry);
  const data = readFileSync(join(root, 'src/2-two/preTagger/model/lexicon/_data.js'), 'utf8');
  const lexicon = JSON.parse(data.slice(data.indexOf('{'), data.lastIndexOf('}') + 1)) as Record<
    string,
    string
  >;
  const { unpack } = createRequire(entry)('efrt') as {
    unpack: (s: string) => Record<string, unknown>;
  };
  return { lexicon, unpack };
}

/** compromise's first-name lexicon (MaleName / FemaleName). Empty if the layout ever changes. */
function loadGenders(): Map<string, 'm' | 'f'> {
  const map = new Map<string, 'm' | 'f'>();
  try {
    const { lexicon, unpack } = readCompromiseLexicon();
    for (const w of Object.keys(unpack(lexicon.FemaleName ?? ''))) map.set(w, 'f');
    for (const w of Object.keys(unpack(lexicon.MaleName ?? ''))) map.set(w, 'm');
  } catch {
    // Gender only sharpens pronoun resolution; without the lexicon every name is ungendered.
  }
  return map;
}

/** Where scripts/build-first-names.ts writes the first names compromise does not know. */
export const FIRST_NAMES_FILE = fileURLToPath(
  new URL('../../models/first-names.txt', import.meta.url),
);

/** models/first-names.txt's two lists, read once. */
let moreLists: {
  /** "f aoife": given names beyond compromise's. */
  given: Map<string, 'm' | 'f'>;
  /** "M mark": names that are also words, whose gender holds only inside a full name. */
  inName: Map<string, 'm' | 'f'>;
  /** "x imran": given names the source's languages give to men and to women alike. */
  ungendered: Set<string>;
} | null = null;

/** models/first-names.txt's lists; empty when the file is missing. */
function loadMoreGenders(): NonNullable<typeof moreLists> {
  const lists = {
    given: new Map<string, 'm' | 'f'>(),
    inName: new Map<string, 'm' | 'f'>(),
    ungendered: new Set<string>(),
  };
  try {
    for (const line of readFileSync(FIRST_NAMES_FILE, 'utf8').split('\n')) {
      if (line.length <= 2) continue;
      const c = line.charCodeAt(0);
      if (c === 120 /* x */) {
        lists.ungendered.add(line.slice(2));
        continue;
      }
      const gender = c === 109 /* m */ || c === 77 /* M */ ? 'm' : 'f';
      (c < 97 ? lists.inName : lists.given).set(line.slice(2), gender);
    }
  } catch {
    // As without compromise's lexicon: fewer names have a gender, nothing else changes.
  }
  return lists;
}

/**
 * 'm' or 'f' when a full name starts with a first name of that gender: compromise's common ones,
 * then the wider list of models/first-names.txt ("Aoife Brennan", "Kwame Asante"), then its names
 * that are also words ("Mark Jones", "Nick Witney"). Only here:
 * what counts as a first name elsewhere (isFirstName) stays compromise's.
 */
export function firstNameGender(name: string): 'm' | 'f' | undefined {
  const tokens = nameTokens(name);
  if (tokens.length < 2) return undefined;
  genders ??= loadGenders();
  const first = tokens[0] ?? '';
  moreLists ??= loadMoreGenders();
  const known = (word: string): 'm' | 'f' | undefined =>
    genders!.get(word) ?? moreLists!.given.get(word) ?? moreLists!.inName.get(word);
  // "Jean-Sébastien Morneau", "Jean-Pierre Roy": a French compound given name opening on "Jean",
  // which English lists leave ungendered, is a man's; another opening on an ungendered part takes
  // the gender of its second part.
  const compound = (w: string): boolean =>
    /^\p{L}+-\p{L}/u.test(w) && fold(w.split('-')[0]!) === first;
  if (known(first) === undefined && name.split(/\s+/).some(compound)) {
    return first === 'jean' ? 'm' : known(tokens[1] ?? '');
  }
  return known(first);
}

/** 'm' or 'f' for a word that is a common first name of that gender ("Chloe"). */
export function givenNameGender(word: string): 'm' | 'f' | undefined {
  genders ??= loadGenders();
  return genders.get(fold(word));
}

/**
 * Whether a word is any given name this module knows, compromise's or models/first-names.txt's
 * ("Aoife", "Priyanka", "Imran", gendered or not): for telling a name from a common word.
 */
export function isKnownGivenName(word: string): boolean {
  const folded = fold(word);
  if (isListedGivenName(folded)) return true;
  // "Marc-Antoine", "Marie-Claude", "Jean-François": given names joined by a hyphen (fold gave
  // them a space).
  const parts = word.includes('-') ? folded.split(' ') : [];
  return parts.length === 2 && parts.every(isListedGivenName);
}

/** Whether a folded word is on compromise's or models/first-names.txt's lists of given names. */
function isListedGivenName(folded: string): boolean {
  genders ??= loadGenders();
  moreLists ??= loadMoreGenders();
  return genders.has(folded) || moreLists.given.has(folded) || moreLists.ungendered.has(folded);
}

/**
 * Whether a word is one of compromise's given names of either gender ("Kelsey", "Jamie"), which
 * neither its gendered lists nor models/first-names.txt hold (its build leaves compromise's names
 * to it). Not a given name for isKnownGivenName: "Morgan Stanley" is a bank.
 */
export function isEitherGenderName(word: string): boolean {
  return (unisex ??= loadUnisex()).has(fold(word));
}

let unisex: Set<string> | null = null;

function loadUnisex(): Set<string> {
  try {
    const { lexicon, unpack } = readCompromiseLexicon();
    return new Set(Object.keys(unpack(lexicon.FirstName ?? '')));
  } catch {
    return new Set();
  }
}

/** A given name of any list, gendered or of either gender ("Maria", "Kelsey"). */
export function isGivenNameOfAnyKind(word: string): boolean {
  return isAnyGivenName(word) || isEitherGenderName(word);
}

/** Whether a word is a given name that is also a word ("Mark", "Grace"): models/first-names.txt's "M mark". */
export function isGivenInFullName(word: string): boolean {
  return (moreLists ??= loadMoreGenders()).inName.has(fold(word));
}

/** A given name by any list: "Grace" as well as "Kwame". */
export function isAnyGivenName(word: string): boolean {
  return isKnownGivenName(word) || isGivenInFullName(word);
}

/** True when a word (any case) is a common first name in compromise's lexicon. */
export function isFirstName(word: string): boolean {
  genders ??= loadGenders();
  return genders.has(fold(word));
}
