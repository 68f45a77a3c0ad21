import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
} from 'discord.js';
import { LIMITS } from '../limits.js';

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A button whose click comes back to the bot with `customId`. */
export function button(
  customId: string,
  label: string,
  options: { style?: ButtonStyle.Primary | ButtonStyle.Secondary; disabled?: boolean } = {},
): APIButtonComponentWithCustomId {
  if (customId.length > LIMITS.customId) throw new Error(`custom_id too long: ${customId}`);
  return {
    type: ComponentType.Button,
    custom_id: customId,
    label: label.slice(0, LIMITS.buttonLabel),
    style: options.style ?? ButtonStyle.Secondary,
    disabled: options.disabled ?? false,
  };
}

/** Rows of at most five buttons; empty input gives no rows. */
export function rows(buttons: APIButtonComponentWithCustomId[]): Row[] {
  const out: Row[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerRow) {
    out.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(i, i + LIMITS.buttonsPerRow),
    });
  }
  return out;
}

/** Previous / next buttons for a paged listing, or none when everything fits on one page. */
export function pager(
  prefix: string,
  page: number,
  pages: number,
  nextLabel = 'More results',
): APIButtonComponentWithCustomId[] {
  if (pages <= 1) return [];
  return [
    button(`${prefix}:${page - 1}`, 'Previous', { disabled: page <= 0 }),
    button(`${prefix}:${page + 1}`, nextLabel, {
      style: ButtonStyle.Primary,
      disabled: page >= pages - 1,
    }),
  ];
}

/** Number of pages needed for `count` items, at least one. */
export function pageCount(count: number, perPage: number): number {
  return Math.max(1, Math.ceil(count / perPage));
}

/** The page clamped into range, so a stale button never shows an empty page. */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
}
