// A value made the first time it is asked for. For WXT storage items: defining one reads
// storage to run its migrations, which a script that may never need the item (a note
// script on a page nobody types in) should not pay at load.
export function definedOnFirstUse<T>(define: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= define());
}
