import { createHmac } from 'node:crypto';
import { isServerId } from '../corpus/ids.js';
import type { ChangeBy, NewAddition, Vote } from './types.js';
import { InputError } from '../errors.js';

/** The most a question, a title or a passage list may weigh in a record (bad input is refused, not stored). */
const MAX_TEXT = 4000;
const MAX_MARKDOWN = 6 * 1024 * 1024;

/** A member id as stored: a keyed hash, so the record never holds who voted. */
export function hashMember(member: string, secret: string): string {
  return createHmac('sha256', secret).update(member).digest('hex');
}

/** Refuse an addition no backend should keep: a bad server id, an unsafe name, missing text. */
export function checkAddition(addition: NewAddition): void {
  checkGuild(addition.guild);
  // What additionFileName makes: nothing that could leave the server's folder.
  if (!/^[a-z0-9-]{1,200}\.md$/.test(addition.name))
    throw new InputError('That file name is not allowed.');
  if (!/^[0-9a-f]{64}$/.test(addition.fingerprint))
    throw new InputError('An addition needs the sha256 fingerprint of its text.');
  if (!addition.markdown.trim()) throw new InputError('An addition needs its text.');
  if (addition.markdown.length > MAX_MARKDOWN)
    throw new InputError('That article is too long to keep.');
  checkText('title', addition.title);
}

export function checkChange(change: ChangeBy): void {
  if (!change.by.id) throw new InputError('A change needs the id of who made it.');
  if (change.via !== 'discord' && change.via !== 'cli')
    throw new InputError('A change comes from discord or the cli.');
}

export function checkVote(vote: Vote): void {
  if (vote.guild !== undefined) checkGuild(vote.guild);
  if (vote.vote !== 1 && vote.vote !== -1) throw new InputError('A vote is 1 or -1.');
  if (!vote.answer || !vote.member) throw new InputError('A vote needs its answer and member.');
  checkText('question', vote.question);
  checkText('answer id', vote.answer);
  checkPassages(vote.passages);
}

export function checkQuestion(entry: {
  guild?: string;
  question: string;
  id?: string;
  passages?: string[];
}): void {
  if (entry.guild !== undefined) checkGuild(entry.guild);
  checkText('question', entry.question);
  if (entry.id !== undefined && (!entry.id || entry.id.length > 100))
    throw new InputError('A question id is 1 to 100 characters.');
  if (entry.passages !== undefined) checkPassages(entry.passages);
}

function checkPassages(passages: string[]): void {
  if (
    !Array.isArray(passages) ||
    passages.length > 50 ||
    passages.some((p) => typeof p !== 'string' || p.length > 1000)
  )
    throw new InputError('A record lists at most 50 passage ids.');
}

function checkText(what: string, text: string): void {
  if (typeof text !== 'string' || text.length > MAX_TEXT)
    throw new InputError(`The ${what} is too long to keep (at most ${MAX_TEXT} characters).`);
}

/** Refuse anything but a Discord server id. */
export function checkGuild(guild: string): void {
  if (typeof guild !== 'string' || !isServerId(guild))
    throw new InputError(`"${String(guild).slice(0, 40)}" is not a Discord server id.`);
}
