import { pino, type Logger } from 'pino';

/** Structured JSON logs on stderr, so stdout stays free for program output. */
export function createLogger(level = 'info', name = 'footnote'): Logger {
  return pino({ name, level }, pino.destination(2));
}
