// How Discord writes a mention in a message's text: what pings someone and renders as a link.
// Global patterns, for String.replace (a shared global pattern's `test` would keep its place).

/** A member's, role's or channel's mention: "<@123…>", "<@!123…>", "<@&123…>", "<#123…>". */
export const MENTION = /<(@[!&]?|#)(\d+)>/g;

/**
 * A mention of everyone in a channel, in any case: "@everyone", "@here". Wherever it stands, even
 * inside a word ("@everyone's", "@herewith"): what is neutralised must be everything that may ping.
 */
export const MASS_MENTION = /@(everyone|here)/gi;

/** The same, as a word of its own: what a question leaves out (not the "@here" of "@Herefordshire"). */
export const MASS_MENTION_WORD = /@(?:everyone|here)\b/gi;

/**
 * A mention as an owner: "@everyone's president", "<@123…>'s lawyer". Its word kept ("everyone's")
 * or, for a member, role or channel, a stand-in ("someone's"): left out, "'s president" would ask
 * for any president.
 */
const MENTION_OWNER = /(?:@(everyone|here)|<(?:@[!&]?|#)\d+>)(?=['’]s\b)/gi;

/** `text` with each mention as an owner a word ("everyone's president", "someone's lawyer"). */
export function ownerWords(text: string): string {
  // "here's" would read as a stop word and "'s": someone's.
  return text.replace(MENTION_OWNER, (_, everyone: string | undefined) =>
    everyone?.toLowerCase() === 'everyone' ? 'everyone' : 'someone',
  );
}

/** A custom emoji's markup: "<:tea:123…>", animated "<a:tea:123…>". */
export const CUSTOM_EMOJI = /<a?:\w+:\d+>/g;
