import { readFileSync } from 'node:fs'

/** The seed article's text, split into what the deck must keep. */
export interface SeedParts {
  /** Sentences of the article's prose paragraphs, in order. */
  prose: string[]
  /** Sentences of its numbered-list items (number removed), in order. */
  listItems: string[]
  /** Its part headings (lines without end punctuation), in order. */
  headings: string[]
}

/** The repository's copy of the article the default deck is made from. */
export const seedArticlePath = new URL('./seed-article.txt', import.meta.url)

/** Collapses every run of whitespace to one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

/**
 * Splits normalised text after `.`, `!` or `?` followed by a space.
 * Note: the article has no abbreviations with a full stop, so this is exact for it.
 */
export function splitSentences(text: string): string[] {
  return normaliseSpace(text)
    .split(/(?<=[.!?][”"]?) (?=\S)/u)
    .filter((sentence) => sentence.length > 0)
}

/**
 * Reads the article into sentences. Paragraphs are separated by blank lines;
 * the first one (the title) and the `Posted on` line are skipped.
 */
export function seedParts(text: string): SeedParts {
  const paragraphs = text
    .split(/\n\s*\n/u)
    .map(normaliseSpace)
    .filter((paragraph) => paragraph.length > 0)
  const parts: SeedParts = { prose: [], listItems: [], headings: [] }
  for (const paragraph of paragraphs.slice(1)) {
    if (paragraph === 'Posted on') continue
    const item = /^\d+\.\s+(.*)$/u.exec(paragraph)
    if (item?.[1] !== undefined) parts.listItems.push(...splitSentences(item[1]))
    else if (!/[.!?:”]$/u.test(paragraph)) parts.headings.push(paragraph)
    else parts.prose.push(...splitSentences(paragraph))
  }
  return parts
}

/** Reads a UTF-8 file. */
export function readText(path: URL): string {
  return readFileSync(path, 'utf8')
}
