import { SlashCommandBuilder } from 'discord.js';
import { InputError } from '../errors.js';
import { characters } from '../text/count.js';

interface BaseOption {
  name: string;
  description: string;
  required?: boolean;
}
export interface StringOption extends BaseOption {
  type: 'string';
  maxLength?: number;
  autocomplete?: boolean;
}
export interface IntegerOption extends BaseOption {
  type: 'integer';
  min?: number;
  max?: number;
}
export interface BooleanOption extends BaseOption {
  type: 'boolean';
}
export interface AttachmentOption extends BaseOption {
  type: 'attachment';
}
/** One slash-command option, written once as data: it builds the definition and types the values. */
export type OptionDef = StringOption | IntegerOption | BooleanOption | AttachmentOption;

/** An uploaded file as a handler sees it. */
export interface AttachmentValue {
  name: string;
  url: string;
  size: number;
  contentType?: string;
}

type ValueOf<D extends OptionDef> = D extends StringOption
  ? string
  : D extends IntegerOption
    ? number
    : D extends AttachmentOption
      ? AttachmentValue
      : boolean;

/** The values a handler receives for `Defs`: required options are never undefined. */
export type OptionValues<Defs extends readonly OptionDef[]> = {
  [D in Defs[number] as D['name']]: D extends { required: true }
    ? ValueOf<D>
    : ValueOf<D> | undefined;
};

/** What discord.js's option resolver offers that we need. */
export interface OptionSource {
  get(name: string): {
    value?: string | number | boolean;
    attachment?: { name: string; url: string; size: number; contentType?: string | null };
  } | null;
}

/** The SlashCommandBuilder for a command described by `defs`. */
export function buildCommand(
  name: string,
  description: string,
  defs: readonly OptionDef[],
): SlashCommandBuilder {
  const builder = new SlashCommandBuilder().setName(name).setDescription(description);
  for (const def of defs) addOption(builder, def);
  return builder;
}

function addOption(builder: SlashCommandBuilder, def: OptionDef): void {
  const base = <
    T extends { setName(n: string): T; setDescription(d: string): T; setRequired(r: boolean): T },
  >(
    o: T,
  ): T =>
    o
      .setName(def.name)
      .setDescription(def.description)
      .setRequired(def.required ?? false);
  if (def.type === 'string') {
    builder.addStringOption((o) => {
      base(o).setAutocomplete(def.autocomplete ?? false);
      return def.maxLength ? o.setMaxLength(def.maxLength) : o;
    });
  } else if (def.type === 'integer') {
    builder.addIntegerOption((o) => {
      base(o);
      if (def.min !== undefined) o.setMinValue(def.min);
      if (def.max !== undefined) o.setMaxValue(def.max);
      return o;
    });
  } else if (def.type === 'attachment') {
    builder.addAttachmentOption((o) => base(o));
  } else {
    builder.addBooleanOption((o) => base(o));
  }
}

/**
 * Reads and checks the values for `defs`. Discord validates options already; this guards against
 * stale registrations and hand-made payloads, turning a bad value into an InputError for the user.
 */
export function readOptions<const Defs extends readonly OptionDef[]>(
  source: OptionSource,
  defs: Defs,
): OptionValues<Defs> {
  const out: Record<string, string | number | boolean | AttachmentValue | undefined> = {};
  for (const def of defs) out[def.name] = readOne(source, def);
  return out as OptionValues<Defs>;
}

function readOne(
  source: OptionSource,
  def: OptionDef,
): string | number | boolean | AttachmentValue | undefined {
  if (def.type === 'attachment') return readAttachment(source, def);
  const value = source.get(def.name)?.value;
  if (value === undefined || value === '') {
    if (def.required) throw new InputError(`Please give a value for \`${def.name}:\`.`);
    return undefined;
  }
  if (def.type === 'string') {
    const text = String(value);
    // Characters as Discord's box shows them, not UTF-16 units: 200 "😀" fit in 300.
    if (def.maxLength && text.length > def.maxLength && characters(text) > def.maxLength) {
      throw new InputError(`\`${def.name}:\` can be at most ${def.maxLength} characters.`);
    }
    return text;
  }
  if (def.type === 'integer') {
    const n = Number(value);
    const bad =
      !Number.isInteger(n) ||
      (def.min !== undefined && n < def.min) ||
      (def.max !== undefined && n > def.max);
    if (bad)
      throw new InputError(
        `\`${def.name}:\` must be a whole number from ${def.min} to ${def.max}.`,
      );
    return n;
  }
  return value === true || value === 'true';
}

function readAttachment(source: OptionSource, def: AttachmentOption): AttachmentValue | undefined {
  const file = source.get(def.name)?.attachment;
  if (!file || typeof file.url !== 'string') {
    if (def.required) throw new InputError(`Please attach a file for \`${def.name}:\`.`);
    return undefined;
  }
  const value: AttachmentValue = {
    name: String(file.name),
    url: file.url,
    size: Number(file.size),
  };
  if (file.contentType) value.contentType = file.contentType;
  return value;
}
