import { guildFileKey, nameInGuild } from '../corpus/ids.js';
import type { SourceEntry } from '../engine/api.js';
import { InputError } from '../errors.js';
import { editDistance } from '../text/names.js';

/** Typos in a long id (a copied hash, a dropped letter) still worth a "did you mean". */
const NEAR = 3;

/**
 * The addition `footnote remove` takes out for what the operator typed: its id
 * ("guild:111…/lighthouse-keeper-retires-2a9b551c9a.md"), its name in the server's folder, or that
 * name without its extension ("lighthouse-keeper-retires-2a9b551c9a") when only one addition has
 * it. Anything else is an InputError naming the nearest additions, when one is close.
 */
export function additionToRemove(typed: string, guild: string, sources: SourceEntry[]): string {
  const own = guildFileKey(guild, '');
  const name = typed.startsWith(own) ? typed.slice(own.length) : typed;
  const added = sources.filter((s) => s.guild === guild);
  if (added.some((s) => nameInGuild(s.id) === name)) return name;
  const files = [...new Set(added.map((s) => nameInGuild(s.file)))];
  const same = files.filter((file) => stem(file) === name);
  if (same.length === 1) return same[0]!;
  const near = nearest(name, files);
  throw new InputError(
    `This server has no added article "${typed}"; ` +
      (near.length ? `did you mean ${near.join(' or ')}? ` : '') +
      `footnote sources --guild ${guild} lists what it has added.`,
  );
}

function stem(file: string): string {
  return file.replace(/\.[^.]+$/, '');
}

/** The files closest to `name`: those it begins ("lighthouse-keeper…"), else those a few typos off. */
function nearest(name: string, files: string[]): string[] {
  const scored = files.map((file) => {
    const begins = name.length >= 4 && file.startsWith(name);
    const typos = Math.min(editDistance(name, file, NEAR), editDistance(name, stem(file), NEAR));
    return { file, score: begins ? 0 : typos };
  });
  const best = Math.min(...scored.map((s) => s.score));
  if (best > NEAR) return [];
  const near = scored.filter((s) => s.score === best).map((s) => s.file);
  // Past three, a list of guesses is the sources listing again.
  return near.length <= 3 ? near.sort() : [];
}
