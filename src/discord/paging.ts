import { CITES_CHANGED, CITES_REMOVED, EXPIRED, NOT_YOURS } from './render/notices.js';
import { notice, toEdit, type Body } from './response.js';
import type { Session } from './sessions.js';
import type { ButtonInteraction, CommandContext, PagedData } from './types.js';

type Of<K extends PagedData['kind']> = Extract<PagedData, { kind: K }>;

/** The live session `sid` of the given kind, or undefined after telling the clicker it expired. */
export async function findSession<K extends PagedData['kind']>(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  sid: string | undefined,
  kind: K,
): Promise<Session<Of<K>> | undefined> {
  const session = sid ? ctx.sessions.get(sid) : undefined;
  if (!session || session.data.kind !== kind) {
    await interaction.reply(notice(EXPIRED));
    return undefined;
  }
  // A removed article is gone everywhere: its text is not shown again from an earlier answer. An
  // edited one is not shown as it read before (a correction's withdrawn words), nor mixed with
  // the new text.
  const guild = interaction.guildId ?? undefined;
  const shown = [...(session.versions ?? [])].map(([id, then]) => [
    then,
    ctx.engine.version(id, guild),
  ]);
  if (shown.some(([then, now]) => now !== then)) {
    await interaction.reply(notice(shown.some(([, now]) => !now) ? CITES_REMOVED : CITES_CHANGED));
    return undefined;
  }
  return session as Session<Of<K>>;
}

/**
 * Remembers a paged result for the member who asked, with the text each article it shows had
 * then (`findSession` refuses its buttons once one is removed or edited).
 */
export function openSession(
  ctx: CommandContext,
  owner: string,
  data: PagedData,
  guild: string | undefined,
): Session<PagedData> {
  const versions = new Map(citedArticles(data).map((id) => [id, ctx.engine.version(id, guild)]));
  return ctx.sessions.create(owner, data, versions);
}

/**
 * The articles a paged result shows text of. Not /sources' listing, which shows titles only and
 * would check every article on each click (43–70 ms at 20,000 articles).
 */
function citedArticles(data: PagedData): string[] {
  const ids =
    data.kind === 'sources'
      ? []
      : data.kind === 'ask'
        ? data.answer.results.map((r) => r.citation.article)
        : [
            ...data.answer.quotes.map((q) => q.citation.article),
            ...(data.answer.reported ?? []).map((r) => r.citation.article),
          ];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/**
 * Shows another page of a paged message. Only the person who ran the command may change it;
 * anyone else is told so privately, and the message stays as it was.
 */
export async function turnPage<K extends PagedData['kind']>(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  args: string[],
  kind: K,
  render: (data: Of<K>, page: number, sid: string) => Body,
): Promise<void> {
  const [sid, pageText] = args;
  const session = await findSession(interaction, ctx, sid, kind);
  if (!session) return;
  if (session.owner !== interaction.user.id) {
    await interaction.reply(notice(NOT_YOURS));
    return;
  }
  session.page = Number(pageText) || 0;
  await interaction.update(toEdit(render(session.data, session.page, session.id)));
}
