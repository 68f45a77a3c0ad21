import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import type { FootnoteEngine } from '../engine/api.js';
import { sourceTotals } from '../engine/catalog.js';
import { exampleSubjects } from '../engine/examples.js';
import type { Feedback } from '../engine/feedback.js';
import { count } from '../text/count.js';
import { withLinks, type LinkOptions } from '../web/links.js';
import { wrap } from './wrap.js';
import {
  formatAnswer,
  formatQuotes,
  formatReindex,
  formatSources,
  formatSpeakers,
  styleFor,
  type Style,
} from './format.js';

const HELP = `Commands:
  /ask QUESTION            the passages that answer it, with citations
  /quote NAME [about …]    what a person said (e.g. /quote Galauskas about visit)
  /speakers                everyone quoted in the corpus
  /sources                 the articles the bot knows
  /reindex                 re-read the corpus folder (only what changed)
  /help                    this list
  /exit                    quit (or Ctrl-D)
A line without a slash is asked as a question.`;

/** Where the console reads and writes, and the web reader it links citations to. */
export interface ConsoleOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** How citations link into the reader; without it they stay text. */
  links?: LinkOptions;
  /** The reader's address, for the welcome line. */
  readerUrl?: string;
  /** Where each question asked is logged (after it is answered); none when absent. */
  feedback?: Feedback;
}

/** The local console: the same answers the Discord bot gives, rendered for a terminal. */
export async function runConsole(
  engine: FootnoteEngine,
  options: ConsoleOptions = {},
): Promise<void> {
  const io = { input: options.input ?? process.stdin, output: options.output ?? process.stdout };
  const rl = createInterface({ input: io.input, output: io.output, prompt: 'footnote> ' });
  // Read at each write: a terminal's width changes when its window is resized (SIGWINCH).
  const say = (text: string): void => {
    io.output.write(`${wrap(text, styleFor(io.output).width)}\n`);
  };
  // The shared corpus only: servers' additions, counted in engine.stats(), are not searched here.
  const { articles, passages, quotes } = sourceTotals(engine.sources());
  say(
    `Footnote console — ${count(articles, 'article')}, ${count(passages, 'passage')}, ${count(quotes, 'quote')} from ${engine.corpusDir}.`,
  );
  if (options.readerUrl) say(`Web reader: ${options.readerUrl} (WEB_PORT sets its port)`);
  say(`Try: ${tryLine(engine)}`);
  rl.prompt();
  for await (const line of rl) {
    const done = await handle(engine, line.trim(), say, {
      ...styleFor(io.output),
      links: options.links,
      feedback: options.feedback,
    });
    if (done) break;
    rl.prompt();
  }
  rl.close();
  await options.feedback?.flush();
}

/** Commands to try on the loaded corpus: a question it answers and a speaker it quotes. */
function tryLine(engine: FootnoteEngine): string {
  // The examples Discord's /help gives, written as the console takes them.
  const subjects = exampleSubjects(engine, undefined);
  const examples = [
    subjects?.question && `/ask ${subjects.question}`,
    subjects && `/quote ${subjects.speaker}`,
    '/sources',
    '/help',
    '/exit',
  ];
  return examples.filter(Boolean).join('   ');
}

async function handle(
  engine: FootnoteEngine,
  line: string,
  say: (text: string) => void,
  style: Style & { links?: LinkOptions; feedback?: Feedback },
): Promise<boolean> {
  if (!line) return false;
  const [, command = 'ask', rest = ''] = /^\/(\S+)\s*(.*)$/s.exec(line) ?? [null, 'ask', line];
  try {
    switch (command.toLowerCase()) {
      case 'ask': {
        const answer = withLinks(engine.ask(rest), style.links);
        say(formatAnswer(answer, style));
        style.feedback?.logAsked(answer);
        break;
      }
      case 'quote': {
        // "about visit" as typed here, "about: visit" or "about:visit" as Discord writes options.
        const [, name = '', about] = /^(.*?)(?:\s+about(?:\s*:\s*|\s+)(.+))?$/is.exec(rest) ?? [];
        if (!name.trim()) {
          say('Name a speaker: /quote Galauskas [about visit]');
          break;
        }
        const answer = engine.quote(name, about ? { about } : {});
        say(formatQuotes(withLinks(answer, style.links), style));
        break;
      }
      case 'speakers':
        say(formatSpeakers(engine.speakers()));
        break;
      case 'sources':
        say(formatSources(engine.sources()));
        break;
      case 'reindex':
        say('Reindexing…');
        say(formatReindex(await engine.reindex()));
        break;
      case 'help':
        say(HELP);
        break;
      case 'exit':
      case 'quit':
        return true;
      default:
        say(`Unknown command /${command}. Type /help for the list.`);
    }
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    say(err.message);
  }
  return false;
}
