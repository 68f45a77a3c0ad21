import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CommandModule } from './types.js';

/** The commands/ folder at the repository root. */
export const COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

/** Discord's application command type of a message's context-menu entry. */
const MESSAGE_COMMAND = 3;

/** A command module that cannot be served; the message names the file and what is wrong. */
export class CommandLoadError extends Error {
  override name = 'CommandLoadError';
}

/** Imports every command module in `dir`, validates each, and refuses duplicates. */
export async function loadCommands(dir = COMMANDS_DIR): Promise<CommandModule[]> {
  const files = (await readdir(dir))
    .filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('_'))
    .sort();
  const modules: CommandModule[] = [];
  for (const file of files) {
    const loaded: unknown = await import(pathToFileURL(path.join(dir, file)).href);
    modules.push(validateCommand(loaded, file));
  }
  const names = new Set<string>();
  for (const mod of modules) {
    if (names.has(mod.data.name))
      throw new CommandLoadError(`two command files define /${mod.data.name}`);
    names.add(mod.data.name);
  }
  return modules;
}

/** Checks that `mod` has a well-formed definition and handlers; throws CommandLoadError otherwise. */
export function validateCommand(mod: unknown, file: string): CommandModule {
  const fail = (why: string): never => {
    throw new CommandLoadError(`commands/${file}: ${why}`);
  };
  if (typeof mod !== 'object' || mod === null) return fail('is not a module');
  const m = mod as Record<string, unknown>;
  const data = m.data as Record<string, unknown> | undefined;
  if (!data || typeof data.toJSON !== 'function')
    return fail('must export `data`, a SlashCommandBuilder');
  let json: { name?: unknown; description?: unknown; type?: unknown };
  try {
    json = (data.toJSON as () => typeof json)();
  } catch (error) {
    return fail(`its definition is invalid: ${(error as Error).message.split('\n')[0]}`);
  }
  const expected = path.basename(file).replace(/\.[^.]+$/, '');
  if (json.type === MESSAGE_COMMAND) {
    // "Find sources": shown by name in a message's Apps menu, so capitals and spaces are allowed.
    if (typeof json.name !== 'string' || !/^[-_ \w]{1,32}$/.test(json.name))
      return fail('the command name must be 1–32 letters, digits, spaces, - or _');
    const wanted = json.name.toLowerCase().replace(/ /g, '-');
    if (wanted !== expected)
      return fail(`defines "${json.name}"; the file should be named ${wanted}.ts`);
  } else if (typeof json.name !== 'string' || !/^[-_a-z0-9]{1,32}$/.test(json.name)) {
    return fail('the command name must be 1–32 lowercase letters, digits, - or _');
  } else if (json.name !== expected) {
    return fail(`defines /${json.name}; the file should be named ${json.name}.ts`);
  } else if (
    typeof json.description !== 'string' ||
    json.description.length < 1 ||
    json.description.length > 100
  ) {
    return fail('the description must be 1–100 characters');
  }
  if (typeof m.execute !== 'function')
    return fail('must export an `execute(interaction, ctx)` function');
  for (const optional of ['autocomplete', 'button'] as const) {
    if (m[optional] !== undefined && typeof m[optional] !== 'function')
      return fail(`\`${optional}\` must be a function`);
  }
  if (!Array.isArray(m.examples) || !m.examples.every((e) => typeof e === 'string')) {
    return fail('must export `examples`, an array of strings for /help');
  }
  return m as unknown as CommandModule;
}
