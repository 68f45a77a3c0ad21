import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { InputError } from '../errors.js';
import type { FootnoteEngine } from '../engine/api.js';
import { Feedback } from '../engine/feedback.js';
import { openConfigured, type Opened } from '../engine/open.js';
import { StorageUnavailableError } from '../storage/errors.js';
import type { Storage } from '../storage/types.js';
import type { AddSource, ReindexReport } from '../engine/api.js';
import { isServerId } from '../corpus/ids.js';
import { readRegularFile } from '../corpus/read-file.js';
import { linkedCitation, linkOptions, withLinks, type LinkOptions } from '../web/links.js';
import type { Citation } from '../answers/types.js';
import {
  answerJson,
  formatAddReport,
  formatAnswer,
  formatQuotes,
  formatReindex,
  formatSources,
  formatSpeakers,
  quoteJson,
  styleFor,
} from './format.js';
import { announceSharedChange } from './announce.js';
import { additionToRemove } from './remove-target.js';
import { wrap } from './wrap.js';
import { count } from '../text/count.js';
import { formatStats, formatVotes } from './format-feedback.js';

const USAGE = `footnote — answers from a news corpus, with citations

  footnote ask "QUESTION" [-k N] [--json]       the passages that answer a question
  footnote ask --jsonl                          one question per stdin line, one JSON answer per line
  footnote quote "NAME" [--about TEXT] [--json] what a person said
  footnote speakers [--json]                    everyone quoted, with counts
  footnote quotes --jsonl                       every extracted quote, one JSON object per line
  footnote sources [--json]                     the articles in the corpus
  footnote index                                bring the index up to date with the corpus folder
  footnote add URL|FILE --guild ID [--title T]  add an article to a server's own corpus
  footnote remove ARTICLE --guild ID            take one of a server's additions out again
  footnote feedback [--guild ID] [--json]       every 👍/👎 with its question and passages
  footnote stats [--guild ID] [--json]          questions asked, answered, most asked, votes

Options: --corpus DIR (default CORPUS_DIR or seeds/), --data DIR (default DATA_DIR or data/),
  --guild ID: answer as that Discord server sees the corpus (shared articles plus its additions)`;

const OPTIONS = {
  corpus: { type: 'string' },
  data: { type: 'string' },
  k: { type: 'string', short: 'k' },
  about: { type: 'string' },
  guild: { type: 'string' },
  title: { type: 'string' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type ValueOption = {
  [name in keyof typeof OPTIONS]: (typeof OPTIONS)[name]['type'] extends 'string' ? name : never;
}[keyof typeof OPTIONS];

/** What each option that takes a value expects: all a user is told when it is missing or bad. */
const TAKES: Record<ValueOption, string> = {
  corpus: '--corpus takes a folder: --corpus DIR.',
  data: '--data takes a folder: --data DIR.',
  k: '-k takes a whole number from 1 to 20.',
  about: '--about takes a topic: footnote quote "NAME" --about TEXT.',
  guild: '--guild takes a Discord server id (17–20 digits).',
  title: "--title takes the article's title: --title T.",
};

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

/** The commands USAGE lists (and `help`). */
const COMMANDS = new Set([
  'ask',
  'quote',
  'speakers',
  'quotes',
  'sources',
  'index',
  'add',
  'remove',
  'feedback',
  'stats',
]);

/** A mistake in how the command was called: usage goes to stderr, exit code 2. */
class UsageError extends Error {}

/**
 * The commands an option is for, where not all take it (--corpus, --data and --json apply to
 * every command): "sources -k 3" is refused rather than run without the option it was given.
 */
const OPTION_COMMANDS: Partial<Record<keyof typeof OPTIONS, readonly string[]>> = {
  k: ['ask', 'quote'],
  jsonl: ['ask', 'quotes'],
  about: ['quote'],
  title: ['add'],
  guild: ['ask', 'quote', 'speakers', 'quotes', 'sources', 'add', 'remove', 'feedback', 'stats'],
};

/** Run the footnote command; resolves to the exit code. */
export async function runCli(argv: string[]): Promise<number> {
  // Read from argv, not the parsed options: a script that asked for JSON gets its error as JSON
  // even when parsing is what failed ("ask bridge -k -1 --json").
  const json = argv.some((arg) => /^--jsonl?(=|$)/.test(arg));
  try {
    const { values, positionals } = parse(argv);
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (!command) {
      if (json) throw new UsageError('Name a command; footnote help lists them.');
      process.stdout.write(`${USAGE}\n`);
      return 2;
    }
    // Before the corpus is opened: a mistyped command needs no index built first.
    if (!COMMANDS.has(command))
      throw new UsageError(`Unknown command "${command}". Run footnote help.`);
    // "ask 'Who is Wei Fenghe?' --jsonl" would answer stdin and drop the question unseen.
    if (command === 'ask' && values.jsonl && rest.join(' ').trim())
      throw new UsageError(
        '--jsonl reads questions one per line from standard input; ask one question with --json.',
      );
    // "sources --jsonl" printed prose: a script asking for lines of JSON gets them or a refusal.
    refuseInapplicable(values, command);
    parseK(values.k); // a bad -k is refused before the corpus is opened
    const config = configFor(values);
    const opened = await open(config, command);
    try {
      const door = { ...opened, dataDir: config.dataDir, links: linkOptions(config.web) };
      return await dispatch(door, command, rest.join(' '), values);
    } finally {
      await opened.close();
    }
  } catch (err) {
    return reportError(err, json);
  }
}

/** An option given to a command it does not apply to, refused with the commands it is for. */
function refuseInapplicable(values: Values, command: string): void {
  for (const [name, commands] of Object.entries(OPTION_COMMANDS)) {
    if (values[name as keyof Values] === undefined || commands.includes(command)) continue;
    const flag = name.length === 1 ? `-${name}` : `--${name}`;
    const those =
      commands.length > 1
        ? `${commands.slice(0, -1).join(', ')} and ${commands.at(-1)}`
        : commands[0];
    const instead = name === 'jsonl' ? 'takes --json' : 'does not take it';
    throw new UsageError(`${flag} is for ${those}; ${command} ${instead}.`);
  }
}

/** The options and words of `argv`; a mistake in them is a usage error like any other. */
function parse(argv: string[]) {
  // "-k=3" as "--k=3": Node reads a short option's "=3" as its value.
  const end = argv.indexOf('--');
  const args = argv.map((arg, i) =>
    (end < 0 || i < end) && arg.startsWith('-k=') ? `--k=${arg.slice(3)}` : arg,
  );
  try {
    return parseArgs({ args, options: OPTIONS, allowPositionals: true });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw err;
    throw new UsageError(parseArgsMessage((err as Error).message));
  }
}

/**
 * One line saying what is wrong, in place of Node's: it calls "-k -1" "ambiguous" (-1 could be
 * an option) and adds advice on quoting dashes that buries the point.
 */
function parseArgsMessage(message: string): string {
  // "Option '-k' argument is ambiguous.", "Option '-k, --k <value>' argument missing",
  // "Option '--json' does not take an argument"
  const named = /^Option '(?:-\w, )?--?([\w-]+)/.exec(message)?.[1];
  const option = Object.entries(OPTIONS).find(
    ([name, spec]) => name === named || ('short' in spec && spec.short === named),
  );
  if (option && option[0] in TAKES) return TAKES[option[0] as ValueOption];
  if (option) return `--${option[0]} takes no value.`;
  // "Unknown option '--bogus'. To specify a positional argument starting with a '-', …"
  const first = /^[^\n]*?\.(?=\s|$)/.exec(message)?.[0] ?? message;
  return `${first.replace(/[^.]$/, '$&.')} Run footnote help.`;
}

// The configuration with --corpus and --data applied.
function configFor(values: Values): Config {
  const loaded = loadConfig();
  return {
    ...loaded,
    corpusDir: values.corpus ?? loaded.corpusDir,
    dataDir: values.data ?? loaded.dataDir,
  };
}

async function open(config: Config, command: string): Promise<Opened> {
  return openConfigured(config, {
    // `index` reports what changed since the last index, so opening must not absorb it first.
    catchUp: command !== 'index',
    log: (line) => {
      if (!line.startsWith('storage: files')) process.stderr.write(`footnote: ${line}\n`);
    },
  });
}

function guildOption(values: Values): string | undefined {
  const guild = values.guild?.trim();
  if (guild === undefined) return undefined;
  if (!isServerId(guild)) throw new UsageError(TAKES.guild);
  return guild;
}

function requireGuild(values: Values, command: string): string {
  const guild = guildOption(values);
  if (!guild) throw new UsageError(`footnote ${command} needs --guild ID: the server it is for.`);
  return guild;
}

/** The operator at this shell, as the audit log records them. */
function operator(): { id: string; name: string } {
  const name = (() => {
    try {
      return userInfo().username;
    } catch {
      return 'operator';
    }
  })();
  return { id: `cli:${name}`, name };
}

/** A URL is fetched like /add url:; anything else is a file on this machine. */
async function addSource(target: string): Promise<AddSource> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return { kind: 'url', url: target };
  const path = resolve(target);
  // The reader's "disappeared" is for a file a scan listed; one named here may never have been.
  if (!existsSync(path)) throw new InputError(`${target}: no such file`);
  const read = await readRegularFile(path);
  if ('reason' in read) throw new InputError(`${target}: ${read.reason}`);
  return { kind: 'file', name: basename(target), bytes: read.bytes };
}

/** The engine, its record, and how citations link into the web reader (only with PUBLIC_URL). */
interface Door {
  engine: FootnoteEngine;
  storage: Storage;
  /** This machine's DATA_DIR (--data): `index` keeps an announcement it could not make there. */
  dataDir: string;
  links?: LinkOptions;
}

async function dispatch(
  { engine, storage, dataDir, links }: Door,
  command: string,
  text: string,
  values: Values,
): Promise<number> {
  // Colour and wrapping at the terminal's width on a terminal only; JSON is never wrapped.
  const style = styleFor(process.stdout);
  const out = (value: unknown, human: string): void => {
    const text = values.json ? JSON.stringify(value, null, 2) : wrap(human, style.width);
    process.stdout.write(`${text}\n`);
  };
  const guild = guildOption(values);
  switch (command) {
    case 'ask': {
      const k = parseK(values.k);
      if (values.jsonl) return askLines({ engine, links }, k, guild);
      const answer = withLinks(engine.ask(text, { k, guild }), links);
      out(answerJson(answer), formatAnswer(answer, style, 'footnote sources'));
      return 0;
    }
    case 'quote': {
      if (!text.trim()) throw new UsageError('Name a speaker: footnote quote "Galauskas"');
      const k = parseK(values.k, 5);
      const answer = withLinks(
        engine.quote(text, values.about ? { about: values.about, k, guild } : { k, guild }),
        links,
      );
      out(quoteJson(answer), formatQuotes(answer, style));
      return answer.speaker ? 0 : 1;
    }
    case 'speakers': {
      const speakers = engine.speakers(guild);
      out(speakers, formatSpeakers(speakers));
      return 0;
    }
    case 'quotes':
      writeQuotes(engine, guild, links);
      return 0;
    case 'sources': {
      const sources = engine.sources(guild);
      const quota = guild === undefined ? undefined : engine.quota(guild);
      out(sources, formatSources(sources, quota));
      return 0;
    }
    case 'add': {
      const server = requireGuild(values, 'add');
      const target = text.trim();
      if (!target) throw new UsageError('Say what to add: footnote add URL|FILE --guild ID');
      const report = await engine.addArticle({
        guild: server,
        by: operator(),
        source: await addSource(target),
        title: values.title,
        via: 'cli',
      });
      out(report, formatAddReport(report));
      return 0;
    }
    case 'remove': {
      const id = text.trim();
      const server = requireGuild(values, 'remove');
      if (!id) throw new UsageError('Say which article: footnote remove ARTICLE --guild ID');
      const report = await engine.removeArticle({
        guild: server,
        by: operator(),
        id: additionToRemove(id, server, engine.additions(server)),
        via: 'cli',
      });
      out(
        report,
        `Removed "${report.title}" (${count(report.passages, 'passage')}, ${count(report.quotes, 'quote')}).`,
      );
      return 0;
    }
    case 'feedback': {
      const votes = await new Feedback(storage, rethrow).votes(guild);
      out(votes, formatVotes(votes));
      return 0;
    }
    case 'stats': {
      const stats = await new Feedback(storage, rethrow).stats({ guild });
      out(stats, formatStats(stats));
      return 0;
    }
    case 'index': {
      const report = await engine.reindex();
      const untold = await tellOtherMachines(storage, dataDir, report);
      // What happened here either way; when the others were not told, --json carries why.
      out(untold ? { ...report, error: untold } : report, formatReindex(report));
      if (!untold) return 0;
      process.stderr.write(`footnote: ${untold}\n`);
      return 2;
    }
    default:
      throw new UsageError(`Unknown command "${command}". Run footnote help.`);
  }
}

/** Why `footnote index` exits 2 after reindexing while Postgres is down. */
const UNTOLD =
  'This machine reindexed, but the other machines could not be told to reindex theirs: the ' +
  'database cannot be reached. Run `footnote index` again once it is back; it tells them then.';

/**
 * Past one machine, the others reindex their shared corpus when told that this one's changed
 * (now, or in an earlier run that could not tell them). Resolves to why they were not told.
 */
async function tellOtherMachines(
  storage: Storage,
  dataDir: string,
  report: ReindexReport,
): Promise<string | undefined> {
  const { added, updated, removed } = report.shared;
  const change = { by: operator(), via: 'cli' } as const;
  try {
    await announceSharedChange(storage, dataDir, added + updated + removed > 0, change);
    return undefined;
  } catch (error) {
    if (error instanceof StorageUnavailableError) return UNTOLD;
    throw error;
  }
}

// The CLI only reads feedback: nothing is logged in the background that could fail unseen.
function rethrow(error: Error): never {
  throw error;
}

function parseK(raw: string | undefined, fallback = 3): number {
  if (raw === undefined) return fallback;
  // Decimal digits only: Number() also took "1e1", "0x3" and " 3".
  const k = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(k) || k < 1 || k > 20) throw new UsageError(TAKES.k);
  return k;
}

// Batch mode for evaluations: output line N answers input line N, so a script can pair them up.
// A line that is no question (blank, too long) gets {question, results: [], error} and the run
// goes on; the exit code stays 0 because every line was answered, as the README says.
async function askLines(
  { engine, links }: Pick<Door, 'engine' | 'links'>,
  k: number,
  guild: string | undefined,
): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    let record: unknown;
    try {
      record = answerJson(withLinks(engine.ask(line, { k, guild }), links));
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      record = { question: line, results: [], error: err.message };
    }
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
  return 0;
}

function writeQuotes(
  engine: FootnoteEngine,
  guild: string | undefined,
  links: LinkOptions | undefined,
): void {
  for (const { article, quote } of engine.allQuotes(guild)) {
    // Cited as /ask and /quote cite: the article (a file may hold several stories, each counting
    // its own paragraphs) and, with PUBLIC_URL, its reader link.
    const citation: Citation = {
      title: article.title,
      source: article.source,
      ...(article.url ? { url: article.url } : {}),
      paragraph: quote.paragraph,
      article: article.id,
    };
    const record = {
      doc: article.file,
      quote: quote.text,
      speaker: quote.speaker,
      kind: quote.kind,
      ...(quote.speakerType ? { speakerType: quote.speakerType } : {}),
      citation: linkedCitation(links, citation),
    };
    process.stdout.write(`${JSON.stringify(record)}\n`);
  }
}

// With --json or --jsonl a script reading stdout gets the refusal as JSON too, as --jsonl gives
// a bad line.
function reportError(err: unknown, json: boolean): number {
  const say = (message: string): void => {
    if (json) process.stdout.write(`${JSON.stringify({ error: message })}\n`);
    process.stderr.write(`footnote: ${message}\n`);
  };
  if (err instanceof InputError || err instanceof UsageError || err instanceof ConfigError) {
    say(err.message);
    return 2;
  }
  say(`unexpected error: ${(err as Error)?.message ?? String(err)}`);
  return 1;
}
