import { createInterface } from 'node:readline';
import { InputError } from '../errors.js';
import type { FootnoteEngine } from '../engine/api.js';
import {
  formatAnswer,
  formatQuotes,
  formatReindex,
  formatSources,
  formatSpeakers,
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

/** The local console: the same answers the Discord bot gives, rendered for a terminal. */
export async function runConsole(
  engine: FootnoteEngine,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream } = {
    input: process.stdin,
    output: process.stdout,
  },
): Promise<void> {
  const style = {
    color: Boolean((io.output as { isTTY?: boolean }).isTTY) && !process.env.NO_COLOR,
  };
  const rl = createInterface({ input: io.input, output: io.output, prompt: 'footnote> ' });
  const say = (text: string): void => {
    io.output.write(`${text}\n`);
  };
  const { articles, passages, quotes } = engine.stats();
  say(
    `Footnote console — ${articles} articles, ${passages} passages, ${quotes} quotes from ${engine.corpusDir}.`,
  );
  say('Try: /ask Which university did Putin visit?   /quote Galauskas   /sources   /help   /exit');
  rl.prompt();
  for await (const line of rl) {
    const done = await handle(engine, line.trim(), say, style);
    if (done) break;
    rl.prompt();
  }
  rl.close();
}

async function handle(
  engine: FootnoteEngine,
  line: string,
  say: (text: string) => void,
  style: { color: boolean },
): Promise<boolean> {
  if (!line) return false;
  const [, command = 'ask', rest = ''] = /^\/(\S+)\s*(.*)$/s.exec(line) ?? [null, 'ask', line];
  try {
    switch (command.toLowerCase()) {
      case 'ask':
        say(formatAnswer(engine.ask(rest), style));
        break;
      case 'quote': {
        const [, name = '', about] = /^(.*?)(?:\s+about\s+(.+))?$/is.exec(rest) ?? [];
        if (!name.trim()) {
          say('Name a speaker: /quote Galauskas [about visit]');
          break;
        }
        say(formatQuotes(engine.quote(name, about ? { about } : {}), style));
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
