/**
 * Whose an article is. A server's additions get file keys (and so article ids) of the form
 * `guild:<server id>/<name>`; the shared corpus's are plain relative paths. Only this module
 * knows that spelling: everything else asks it.
 */

/** A Discord server id (a snowflake: 17–20 digits). */
export type ServerId = string;

const GUILD_PREFIX = 'guild:';
const SERVER_ID = /^\d{17,20}$/;

/** True when `id` looks like a Discord server id; only such folders are ever read or written. */
export function isServerId(id: string): boolean {
  return SERVER_ID.test(id);
}

/** The corpus key of `name` in a server's additions. */
export function guildFileKey(guild: ServerId, name: string): string {
  return `${GUILD_PREFIX}${guild}/${name}`;
}

/** The key a folder of the additions root that is not a server id is reported under. */
export function strayGuildKey(name: string): string {
  return `${GUILD_PREFIX}${name}`;
}

/** The server whose addition an article id or file key belongs to; undefined for the shared corpus. */
export function guildOf(key: string): ServerId | undefined {
  if (!key.startsWith(GUILD_PREFIX)) return undefined;
  const slash = key.indexOf('/', GUILD_PREFIX.length);
  return slash < 0 ? undefined : key.slice(GUILD_PREFIX.length, slash);
}

/** The part of a server's key after the server: the file name (plus `#n` for a later story). */
export function nameInGuild(key: string): string {
  return guildOf(key) === undefined ? key : key.slice(key.indexOf('/') + 1);
}

/** True when `guild` (undefined outside a server) may see the article or file `key`. */
export function visibleIn(key: string, guild: ServerId | undefined): boolean {
  const owner = guildOf(key);
  return owner === undefined || owner === guild;
}
