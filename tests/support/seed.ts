import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The reference article the default deck is made from (read-only, beside the repo). */
export const seedPath = resolve(__dirname, '../../../shared/seed/000_e3e82e6e533a787a.txt')

/**
 * The article's sentences: body lines only (not the title line or "Posted on"),
 * list numbers removed, whitespace folded, split after `.`, `!` or `?` followed by a space.
 */
export function seedSentences(text = readFileSync(seedPath, 'utf8')): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  return lines
    .slice(1)
    .filter((line) => line !== 'Posted on')
    .map((line) => line.replace(/^\d+\.\s+/, ''))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0)
}
