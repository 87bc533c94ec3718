import { readFileSync } from 'node:fs'

let known: string | null = null

/** layar's version, from its package.json (two folders up, from the sources and from the bundle alike). */
export function layarVersion(): string {
  known ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version
  return known
}
