import {
  MessageFlags,
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIComponentInMessageActionRow,
  type APIEmbed,
} from 'discord.js';
import { LIMITS } from './limits.js';
import { noticeText, trimWords } from './text.js';

/** What a renderer produces: the visible parts of a message, before transport details. */
export interface Body {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
}

/** Nobody is ever pinged by anything the bot sends. */
const NO_PINGS = { parse: [] as [] };

/** A first response (reply or follow-up). */
export interface Reply extends Body {
  allowedMentions: typeof NO_PINGS;
  flags?: MessageFlags.Ephemeral;
}

/** An edit of an existing message (flags cannot change on edit). */
export interface Edit extends Body {
  allowedMentions: typeof NO_PINGS;
}

/** The reply payload: limits enforced, no pings, ephemeral when asked. */
export function toReply(body: Body, options: { ephemeral?: boolean } = {}): Reply {
  const reply: Reply = { ...fit(body), allowedMentions: NO_PINGS };
  if (options.ephemeral) reply.flags = MessageFlags.Ephemeral;
  return reply;
}

/** The edit payload: limits enforced, no pings; an omitted part is cleared rather than kept. */
export function toEdit(body: Body): Edit {
  const fitted = fit(body);
  return {
    content: fitted.content ?? '',
    embeds: fitted.embeds ?? [],
    components: fitted.components ?? [],
    allowedMentions: NO_PINGS,
  };
}

/** Options for deferReply: the eventual answer is private when `ephemeral`. */
export function deferOptions(ephemeral: boolean): { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}

/**
 * A plain text notice (errors, refusals, cooldowns): always ephemeral. Refusals repeat what a
 * page or member gave (a title, a file name), so the text is made safe here (noticeText).
 */
export function notice(text: string): Reply {
  return toReply({ content: noticeText(text) }, { ephemeral: true });
}

/** Autocomplete choices within Discord's limits (25 choices, names and values ≤ 100 chars). */
export function toChoices(names: readonly string[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const name of names) {
    const value = name.slice(0, LIMITS.choiceValue);
    if (!name.trim() || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: trimWords(name, LIMITS.choiceName), value });
    if (out.length === LIMITS.choices) break;
  }
  return out;
}

/** Clamps every part of a body to Discord's limits; a renderer bug can never make Discord refuse it. */
export function fit(body: Body): Body {
  const out: Body = {};
  if (body.content !== undefined) out.content = trimWords(body.content, LIMITS.content);
  if (body.embeds) out.embeds = fitEmbeds(body.embeds);
  if (body.components) out.components = body.components.slice(0, LIMITS.rowsPerMessage);
  return out;
}

function fitEmbeds(embeds: APIEmbed[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  let total = 0;
  for (const embed of embeds.slice(0, LIMITS.embedsPerMessage)) {
    // The 6,000 budget is shared by all embeds in a message: shrink the one that crosses it, drop the rest.
    const fitted = shrinkTo(fitEmbed(embed), LIMITS.embedTotal - total);
    if (!fitted) break;
    total += embedSize(fitted);
    out.push(fitted);
  }
  return out;
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title) out.title = trimWords(out.title, LIMITS.embedTitle);
  if (out.description) out.description = trimWords(out.description, LIMITS.embedDescription);
  if (out.footer)
    out.footer = { ...out.footer, text: trimWords(out.footer.text, LIMITS.embedFooter) };
  if (out.author)
    out.author = { ...out.author, name: trimWords(out.author.name, LIMITS.embedAuthor) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: trimWords(field.name, LIMITS.embedFieldName) || '\u200b',
      value: trimWords(field.value, LIMITS.embedFieldValue) || '\u200b',
    }));
  }
  return out;
}

/** `embed` cut down to `budget` characters (last fields first, then the description), or null. */
function shrinkTo(embed: APIEmbed, budget: number): APIEmbed | null {
  const out: APIEmbed = { ...embed, fields: embed.fields ? [...embed.fields] : undefined };
  while (embedSize(out) > budget && out.fields && out.fields.length > 0) out.fields.pop();
  if (out.fields?.length === 0) delete out.fields;
  const over = embedSize(out) - budget;
  if (over > 0 && out.description && out.description.length - over >= 100) {
    out.description = trimWords(out.description, out.description.length - over);
  }
  return embedSize(out) <= budget ? out : null;
}

/**
 * Characters each of `count` embeds may take so that together they stay within the 6,000 all
 * embeds of a message share. A renderer that keeps to its share has nothing cut by fit(), which
 * cuts descriptions at the end (where citations are) and drops whole embeds.
 * @see https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */
export function embedShare(count: number): number {
  return Math.floor(LIMITS.embedTotal / Math.max(1, count));
}

/** Characters Discord counts towards the 6,000 per-message embed budget. */
export function embedSize(embed: APIEmbed): number {
  let size = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  size += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) size += field.name.length + field.value.length;
  return size;
}
