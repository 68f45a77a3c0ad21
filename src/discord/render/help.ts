import type { Body } from '../response.js';

/** One command as /help lists it. */
export interface HelpEntry {
  /** As a member types it: `/ask`, or a message command's name. */
  name: string;
  description: string;
  examples: readonly string[];
}

/** The command list with examples; every answer Footnote gives cites its source. */
export function renderHelp(entries: readonly HelpEntry[]): Body {
  return {
    embeds: [
      {
        title: 'Footnote — answers from the corpus, always with a source',
        description:
          'Every answer quotes the articles in the corpus and says which article and paragraph it came from.',
        fields: entries.map((entry) => ({
          name: entry.name,
          value: [entry.description, ...entry.examples.map((e) => `\`${e}\``)]
            .filter(Boolean)
            .join('\n'),
        })),
        color: 0x64748b,
      },
    ],
  };
}
