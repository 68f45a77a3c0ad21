/** The metadata a file may declare about itself. */
export interface FileMeta {
  title?: string;
  url?: string;
  source?: string;
  author?: string;
  date?: string;
}

const KEYS = ['title', 'url', 'source', 'author', 'date'] as const;
const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Split YAML front matter off a Markdown/text file. Only flat `key: value` lines are read (the
 * five keys we use); anything else in the block is ignored rather than rejected.
 */
export function parseFrontMatter(text: string): { meta: FileMeta; body: string } {
  const fence = FENCE.exec(text);
  if (!fence) return { meta: {}, body: text };
  const meta: FileMeta = {};
  for (const line of fence[1]!.split('\n')) {
    const pair = /^([A-Za-z_]+)[ \t]*:[ \t]*(.*)$/.exec(line);
    const key = pair?.[1]?.toLowerCase();
    const value = pair && unquote(pair[2]!);
    if (key && value && (KEYS as readonly string[]).includes(key)) {
      meta[key as (typeof KEYS)[number]] = value;
    }
  }
  return { meta, body: text.slice(fence[0].length) };
}

function unquote(raw: string): string {
  // A quoted value ends at its closing mark; only then may a `# comment` follow.
  const quoted = /^\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)')\s*(?:#.*)?$/.exec(raw);
  if (!quoted) return raw.replace(/\s+#.*$/, '').trim();
  return quoted[1] !== undefined
    ? quoted[1].replace(/\\(["\\])/g, '$1')
    : quoted[2]!.replace(/''/g, "'");
}
