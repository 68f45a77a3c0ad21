/** Short texts shown ephemerally when the bot refuses or fails; kept together so they read alike. */

/** The cooldown refusal with a Discord relative timestamp ("in 4 seconds") for when to retry. */
export function cooldownText(command: string, retryAtMs: number): string {
  // Slash commands are named as typed; a message command ("Find sources") by its menu name.
  const name = /^[-_a-z0-9]+$/.test(command) ? `\`/${command}\`` : `**${command}**`;
  return `Easy there — you can use ${name} again <t:${Math.ceil(retryAtMs / 1000)}:R>.`;
}

/** The failure every user sees; `ref` lets a maintainer find the logged error. */
export function errorText(ref: string): string {
  return `Something went wrong on my side (ref ${ref}). Please try again in a moment.`;
}

export const NOT_YOURS =
  'Only the person who ran this command can page through it. Run the command yourself to get your own copy.';

export const EXPIRED = 'These results have expired. Run the command again for fresh ones.';

export const CITES_REMOVED =
  'An article these results show has been removed from the corpus since. Run the command again for fresh ones.';

export const CITES_CHANGED =
  'An article these results show has been edited since. Run the command again to see what it says now.';

export const NEEDS_MANAGE_SERVER =
  'Only members with the **Manage Server** permission can rebuild the index.';

export const GUILD_ONLY = 'This command only works inside a server.';

export const NEEDS_MANAGE_SERVER_TO_CHANGE =
  "Only members with the **Manage Server** permission can change this server's articles.";

export const FIND_SOURCES_OFF = "This server's moderators have turned **Find sources** off.";

export const NO_CLAIM = 'That message has no text to check.';
