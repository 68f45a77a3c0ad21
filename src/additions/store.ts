import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Article } from '../corpus/types.js';
import { isServerId } from '../corpus/ids.js';
import { InputError } from '../errors.js';
import { oneLine } from '../corpus/normalize.js';
import { foldText } from '../text/normalize.js';

const MAX_SLUG = 60;

/**
 * The file name an added article is saved under: a slug of its title plus a short hash of its
 * text. Only [a-z0-9-] reach the disk, whatever the page or the moderator wrote.
 */
export function additionFileName(title: string, fingerprint: string): string {
  const slug =
    foldText(title)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_SLUG)
      .replace(/-+$/, '') || 'article';
  const hash = createHash('sha256').update(fingerprint).digest('hex').slice(0, 10);
  return `${slug}-${hash}.md`;
}

/** The folder of one server's additions; refuses anything but a server id. */
export function guildFolder(root: string, guild: string): string {
  if (!isServerId(guild))
    throw new InputError(`"${guild.slice(0, 40)}" is not a Discord server id.`);
  return join(resolve(root), guild);
}

/** `name` inside `folder`, or an error if it would land anywhere else. */
export function pathInside(folder: string, name: string): string {
  const path = resolve(folder, name);
  if (!path.startsWith(folder + sep) || name.includes('\0') || name.length > 255) {
    throw new InputError('That file name is not allowed.');
  }
  return path;
}

/** The Markdown file /add saves: front matter (title, url, source, author, date) and paragraphs. */
export function renderAddition(article: Article): string {
  const meta: [string, string | undefined][] = [
    ['title', article.title],
    ['url', article.url],
    ['source', article.url ? undefined : article.source],
    ['author', article.author],
    ['date', article.date],
  ];
  const lines = ['---'];
  for (const [key, value] of meta) if (value) lines.push(`${key}: ${yamlString(value)}`);
  lines.push('---', '');
  const body = article.paragraphs.map(oneLine).filter(Boolean).map(escapeMarkdown);
  return `${lines.join('\n')}\n${body.join('\n\n')}\n`;
}

function yamlString(value: string): string {
  return `"${oneLine(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * Backslash-escape what the Markdown reader would take as markup (emphasis, code, links, HTML
 * comments, a heading, quote or list marker opening the paragraph), so the text reads back as
 * written.
 */
export function escapeMarkdown(paragraph: string): string {
  const inline = paragraph.replace(/[\\`*_[\]<]/g, '\\$&');
  return /^[#>+-]/.test(inline) ? `\\${inline}` : inline;
}

/**
 * Write `text` to `path` all at once: a hidden temp file in the same folder (the corpus walk never
 * reads hidden entries), then a rename. A crash leaves either no file or the whole file.
 */
export async function writeAtomically(path: string, text: string): Promise<void> {
  const folder = resolve(path, '..');
  await mkdir(folder, { recursive: true });
  // The writer's pid in the name lets the next start remove a temp file whose writer is gone.
  const temp = join(folder, `.adding-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
