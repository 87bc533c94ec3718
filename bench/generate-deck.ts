import { seedParts } from '../tests/support/seed-text.js'
import { encodePng } from '../tests/support/png.js'

/** A generated deck: its Markdown and the images it links to, by file name beside it. */
export interface GeneratedDeck {
  markdown: string
  images: Record<string, Uint8Array>
}

/** The one picture the generated decks show; every image slide links to it. */
export const benchImageName = 'bench-peta.png'

/** Content slides cycle through these, so every kind recurs every few slides. */
const contentKinds = ['bullets', 'paragraphs', 'numbered', 'table', 'nested', 'image'] as const
type ContentKind = (typeof contentKinds)[number]

/** Every tenth slide after the title slide is a section slide. */
const sectionEvery = 10

/** Deterministic word source: the seed article's sentences, picked by index arithmetic, never at random. */
interface Words {
  prose: readonly string[]
  items: readonly string[]
  headings: readonly string[]
}

function pick(list: readonly string[], index: number): string {
  const value = list[index % list.length]
  if (value === undefined) throw new TypeError('the seed article gave an empty sentence list')
  return value
}

/** The first `count` words of a sentence, without trailing punctuation. */
function firstWords(sentence: string, count: number): string {
  return sentence
    .split(' ')
    .slice(0, count)
    .join(' ')
    .replace(/[.,;:!?”“"]+$/u, '')
    .replace(/^[“"]/u, '')
}

function notes(words: Words, index: number): string {
  return `::: notes\n${pick(words.prose, index * 3 + 1)} ${pick(words.prose, index * 3 + 2)}\n:::`
}

function body(kind: ContentKind, words: Words, index: number): string {
  const short = (k: number, count = 7): string => firstWords(pick(words.prose, index * 5 + k), count)
  switch (kind) {
    case 'bullets':
      return [0, 1, 2, 3].map((k) => `- ${short(k)}`).join('\n')
    case 'paragraphs':
      return `${pick(words.prose, index * 2)}\n\n${firstWords(pick(words.prose, index * 2 + 1), 18)}.`
    case 'numbered':
      return [0, 1, 2].map((k, n) => `${n + 1}. ${firstWords(pick(words.items, index * 3 + k), 9)}`).join('\n')
    case 'table':
      return [
        '| Kawasan | Kegiatan | Jumlah |',
        '|:--|:--|--:|',
        ...[0, 1, 2].map((k) => `| ${short(k, 2)} | ${short(k + 3, 4)} | ${((index * 37 + k * 11) % 90) + 10} |`),
      ].join('\n')
    case 'nested':
      return [`- ${short(0)}`, `  - ${short(1, 5)}`, `  - ${short(2, 5)}`, `- ${short(3)}`, `  1. ${short(4, 5)}`].join('\n')
    case 'image':
      return `![${short(0, 5)}](${benchImageName})`
  }
}

function contentSlide(words: Words, slideIndex: number, contentIndex: number): string {
  const kind = contentKinds[contentIndex % contentKinds.length] ?? 'bullets'
  const title = `${firstWords(pick(words.prose, slideIndex * 7), 4)} ${slideIndex}`
  return `## ${title}\n\n${body(kind, words, slideIndex)}\n\n${notes(words, slideIndex)}\n`
}

const frontMatter = [
  '---',
  'title: Kerjasama Militer Internasional Regional — Buku Paparan Uji',
  'subtitle: Dek buatan untuk mengukur kecepatan',
  'author: Staf Perencanaan Strategis',
  'organization: Direktorat Kerja Sama Pertahanan Kawasan',
  'date: 2026-11-25',
  'lang: id',
  'classification: TERBATAS',
  'footer: Buku Paparan Uji',
  '---',
  '',
  '',
].join('\n')

/** A 480×270 picture: a colour gradient under a grid, so it deflates like a real chart, not to nothing. */
function benchImage(): Uint8Array {
  return encodePng(480, 270, (x, y) =>
    x % 40 === 0 || y % 30 === 0 ? [40, 50, 70] : [30 + (x * 180) / 480, 80 + (y * 120) / 270, 160],
  )
}

/**
 * Writes a deck of exactly `slideCount` slides (the title slide from the front
 * matter, a section slide every tenth, the rest content slides cycling through
 * bullets, paragraphs, numbered lists, a table, nested lists and an image), each
 * content slide with speaker notes. The same arguments always give the same bytes.
 *
 * @param slideCount slides the deck should have, at least 1
 * @param seedText the seed article (`tests/support/seed-article.txt`), the source of every word
 */
export function generateDeck(slideCount: number, seedText: string): GeneratedDeck {
  if (!Number.isInteger(slideCount) || slideCount < 1) {
    throw new TypeError(`generateDeck needs a positive whole slide count, got ${slideCount}`)
  }
  const parts = seedParts(seedText)
  const words: Words = { prose: parts.prose, items: parts.listItems, headings: parts.headings }
  const slides: string[] = []
  let contentIndex = 0
  for (let slide = 1; slide < slideCount; slide++) {
    if ((slide - 1) % sectionEvery === 0) {
      slides.push(`# ${pick(words.headings, (slide - 1) / sectionEvery)}\n`)
    } else {
      slides.push(contentSlide(words, slide, contentIndex))
      contentIndex++
    }
  }
  return { markdown: frontMatter + slides.join('\n'), images: { [benchImageName]: benchImage() } }
}
