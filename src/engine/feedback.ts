import type { Answer } from '../answers/types.js';
import { InputError } from '../errors.js';
import { StorageUnavailableError, toldAs } from '../storage/errors.js';
import type { QuestionEntry, Storage, StoredVote } from '../storage/types.js';
import {
  PRIVATE_QUESTION,
  questionStats,
  type QuestionStats,
  type StatsOptions,
} from './question-stats.js';

/** A member's 👍 or 👎 on the answer they were shown. */
export interface VoteRequest {
  /** The id the question was logged under (the /ask interaction's id, carried by the button). */
  asked: string;
  /** The answer voted on: the id of the message the buttons are under. */
  answer: string;
  member: string;
  /** Which of the logged answer's passages the message showed: `count` from `first`. */
  first: number;
  count: number;
  vote: 1 | -1;
}

/** Most questions one write logs (a Postgres statement takes at most 65,535 parameters). */
const MAX_BATCH = 1000;

/**
 * The question log and the votes, kept through the engine's storage. Logging runs in the
 * background after the answer went out: it adds nothing to the reply and a failure is only logged.
 */
export class Feedback {
  /** The newest write: it settles after every earlier one (each waits for the one before). */
  private last: Promise<void> = Promise.resolve();
  /** The questions the newest write will log, while it waits for the one before it. */
  private waiting: QuestionEntry[] | undefined;

  constructor(
    private readonly storage: Storage,
    /** Told when questions could not be logged (the member never is). */
    private readonly onError: (error: Error) => void,
  ) {}

  /**
   * Log that `answer` was given (in `guild`, as asking `id`); never throws, never waits. Writes
   * run one after another, so the log keeps the order the questions were asked in; the questions
   * asked while one write runs go together in the next (under load, one write per question cost
   * the bot's main thread more than choosing the answer's excerpts).
   */
  logAsked(answer: Answer, where: { guild?: string; id?: string; private?: boolean } = {}): void {
    const entry = {
      ...(where.guild ? { guild: where.guild } : {}),
      ...(where.id ? { id: where.id } : {}),
      question: where.private ? PRIVATE_QUESTION : answer.question,
      answered: answer.results.length > 0,
      passages: answer.results.map((r) => r.passageId),
      at: new Date(),
    };
    if (this.waiting && this.waiting.length < MAX_BATCH) {
      this.waiting.push(entry);
      return;
    }
    const batch = [entry];
    this.waiting = batch;
    const write = this.last
      .then(() => {
        if (this.waiting === batch) this.waiting = undefined;
        return this.storage.logQuestions(batch);
      })
      .catch((error: unknown) => this.onError(asError(error)));
    this.last = write;
  }

  /** Wait for the questions still being logged (before closing the storage). */
  async flush(): Promise<void> {
    await this.last;
  }

  /** Record or change a vote; an InputError says why it cannot be (record gone, storage down). */
  async vote(request: VoteRequest): Promise<string> {
    try {
      const asked = await this.storage.questionById(request.asked);
      if (!asked?.passages) {
        throw new InputError('I no longer have a record of this answer, so it cannot take votes.');
      }
      await this.storage.vote({
        ...(asked.guild ? { guild: asked.guild } : {}),
        answer: request.answer,
        member: request.member,
        question: asked.question,
        passages: asked.passages.slice(request.first, request.first + request.count),
        vote: request.vote,
      });
      return asked.question;
    } catch (error) {
      if (error instanceof StorageUnavailableError)
        throw new InputError('Votes cannot be recorded right now. Try again in a minute.');
      throw error;
    }
  }

  /** Every vote (or one server's), the latest of each member on each answer. */
  votes(guild?: string): Promise<StoredVote[]> {
    return toldAs('the votes cannot be read', () =>
      this.storage.votes(guild === undefined ? {} : { guild }),
    );
  }

  /** What the question log and votes say (one server's, or every server's). */
  stats(options: StatsOptions = {}): Promise<QuestionStats> {
    return toldAs('statistics cannot be read', () => questionStats(this.storage, options));
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
