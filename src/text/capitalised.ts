/** A word with its first letter capitalised ("president": "President"). */
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
