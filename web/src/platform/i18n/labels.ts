/**
 * The label of a code that arrives as plain text (a document form stored with a dossier, a field
 * name in a diff, an event's data): the catalogue's tables are typed by their enums, so a text
 * is looked up only once it is known to be one of their keys. Undefined for an unknown code.
 */
export function labelOf<Key extends string>(labels: Record<Key, string>, code: string): string | undefined {
  return isKeyOf(labels, code) ? labels[code] : undefined;
}

function isKeyOf<Key extends string>(labels: Record<Key, string>, code: string): code is Key {
  return Object.hasOwn(labels, code);
}
