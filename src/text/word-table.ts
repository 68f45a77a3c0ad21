/**
 * A table looked up by words an article writes, with no prototype: a plain object literal answers
 * "constructor", "__proto__" or "toString" with Object.prototype's members, which the rules then
 * took for a gender, a kin noun or a list of synonyms ("the constructor said" threw).
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
