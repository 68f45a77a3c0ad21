/** Discord's message rules, checked by the peer so a payload Discord would refuse is refused here too. */

interface Embed {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}
interface Component {
  type: number;
  custom_id?: string;
  label?: string;
  components?: Component[];
}
export interface MessageBody {
  content?: string;
  embeds?: Embed[];
  components?: Component[];
  flags?: number;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
}
export interface Choice {
  name: string;
  value: string | number;
}

/** The first rule `body` breaks, or null when Discord would accept it. */
export function messageProblem(body: MessageBody, options: { edit?: boolean } = {}): string | null {
  const content = body.content ?? '';
  if (content.length > 2000) return `content: must be 2000 or fewer in length (${content.length})`;
  const embeds = body.embeds ?? [];
  if (embeds.length > 10) return `embeds: must be 10 or fewer in length (${embeds.length})`;
  let total = 0;
  for (const [i, embed] of embeds.entries()) {
    const problem = embedProblem(embed, i);
    if (problem) return problem;
    total += embedSize(embed);
  }
  if (total > 6000) return `embeds: total size must be 6000 or fewer (${total})`;
  const componentIssue = componentsProblem(body.components ?? []);
  if (componentIssue) return componentIssue;
  const empty = !content && embeds.length === 0 && (body.components ?? []).length === 0;
  if (empty && !options.edit) return 'Cannot send an empty message';
  return null;
}

function embedProblem(embed: Embed, i: number): string | null {
  if ((embed.title?.length ?? 0) > 256) return `embeds.${i}.title: must be 256 or fewer in length`;
  if ((embed.description?.length ?? 0) > 4096)
    return `embeds.${i}.description: must be 4096 or fewer in length`;
  if ((embed.footer?.text.length ?? 0) > 2048)
    return `embeds.${i}.footer.text: must be 2048 or fewer in length`;
  if ((embed.author?.name.length ?? 0) > 256)
    return `embeds.${i}.author.name: must be 256 or fewer in length`;
  const fields = embed.fields ?? [];
  if (fields.length > 25) return `embeds.${i}.fields: must be 25 or fewer in length`;
  for (const [j, field] of fields.entries()) {
    if (!field.name || field.name.length > 256)
      return `embeds.${i}.fields.${j}.name: must be 1-256 in length`;
    if (!field.value || field.value.length > 1024)
      return `embeds.${i}.fields.${j}.value: must be 1-1024 in length`;
  }
  return null;
}

/** Characters that count towards the 6,000 limit. */
export function embedSize(embed: Embed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

function componentsProblem(rows: Component[]): string | null {
  if (rows.length > 5) return 'components: must be 5 or fewer in length';
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.type !== 1) return 'components: top level must be action rows';
    const inner = row.components ?? [];
    if (inner.length < 1 || inner.length > 5) return 'components: an action row holds 1-5 buttons';
    for (const c of inner) {
      if ((c.label?.length ?? 0) > 80)
        return 'components: button label must be 80 or fewer in length';
      if (c.custom_id !== undefined) {
        if (c.custom_id.length > 100) return 'components: custom_id must be 100 or fewer in length';
        if (ids.has(c.custom_id)) return 'components: custom_id must be unique';
        ids.add(c.custom_id);
      }
    }
  }
  return null;
}

/** The first rule autocomplete `choices` break, or null. */
export function choicesProblem(choices: Choice[]): string | null {
  if (choices.length > 25) return `choices: must be 25 or fewer in length (${choices.length})`;
  for (const [i, c] of choices.entries()) {
    if (!c.name || c.name.length > 100) return `choices.${i}.name: must be 1-100 in length`;
    if (typeof c.value === 'string' && c.value.length > 100)
      return `choices.${i}.value: must be 100 or fewer`;
  }
  return null;
}
