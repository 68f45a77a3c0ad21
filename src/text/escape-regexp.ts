/** Text to match as written inside a regular expression built from it (a name, a phrase). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
