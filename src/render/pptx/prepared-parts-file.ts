/**
 * The text of a prepared-parts file (`prepared-parts.ts`), or null if there
 * is none. From the sources nothing is prepared, so this reads nothing: the
 * CLI bundle replaces this module (scripts/bundle.mjs) with one that reads
 * the files `npm run compile` writes beside the bundle, made by the very code
 * the bundle holds.
 *
 * @param name a file name from `preparedPartsName`
 */
export function readPreparedParts(name: string): string | null {
  void name
  return null
}
