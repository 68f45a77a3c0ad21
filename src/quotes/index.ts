/** Quotation extraction, speaker attribution and the cross-article speaker registry. */
export { extractQuotes, type ExtractedQuote, type SpeakerType } from './extract.js';
export { SpeakerRegistry } from './registry.js';
export { speakersWithin } from './canonical.js';
