/**
 * Errors any layer may throw. They sit below everything that throws them, so no layer imports a
 * higher one to report bad input.
 */

/** Raised for input a user must fix (empty question, unknown corpus folder…); the message is shown as is. */
export class InputError extends Error {
  override name = 'InputError';
}
