/**
 * `npm run bench -- --hostile` (second part): micromark's slow shapes held
 * just inside layar's bounds (`src/parse/input-bounds.ts`), and shapes that
 * were slow in any number (setext headings, closing lists: see
 * `vendor/micromark-util-edit-map/readme.md`), parsed in a document of 4, 8 and 16
 * such paragraphs or blocks. Linear means the time doubles with the count,
 * not more; the table prints each time (CPU time of the parse, so other
 * processes on the machine matter less) and the ratio per doubling.
 */
import { mdastFromMarkdown } from '../src/parse/mdast-from-markdown.js'
import { cpuMs, doublingRow } from './doubling.js'
import { MAX_BRACKETS, MAX_CONTAINER_DEPTH, MAX_EMPHASIS_DEPTH, MAX_EMPHASIS_RUNS, MAX_LAZY_PARAGRAPH_LINES } from '../src/parse/input-bounds.js'

/** One block at the bound of each shape; blocks are separated by blank lines. */
const shapes: Array<{ name: string; block: () => string }> = [
  { name: `${MAX_BRACKETS} brackets (\`[a] \` pairs) in a paragraph`, block: () => '[a] '.repeat(MAX_BRACKETS / 2) },
  { name: `${MAX_BRACKETS} nested brackets (\`[[[…]]]\`)`, block: () => `${'['.repeat(MAX_BRACKETS / 2)}x${']'.repeat(MAX_BRACKETS / 2)}` },
  {
    name: `${MAX_EMPHASIS_RUNS} emphasis runs, nested ${MAX_EMPHASIS_DEPTH} deep`,
    block: () => `${'*a '.repeat(MAX_EMPHASIS_DEPTH)}x${' a*'.repeat(MAX_EMPHASIS_DEPTH)} `.repeat(MAX_EMPHASIS_RUNS / (2 * MAX_EMPHASIS_DEPTH)),
  },
  { name: `${MAX_EMPHASIS_RUNS} unmatched closers (\`a* a* …\`)`, block: () => 'a* '.repeat(MAX_EMPHASIS_RUNS) },
  { name: `quotes ${MAX_CONTAINER_DEPTH} deep, 20 lines`, block: () => Array.from({ length: 20 }, () => `${'> '.repeat(MAX_CONTAINER_DEPTH)}x`).join('\n') },
  {
    name: `a list ${MAX_CONTAINER_DEPTH} levels deep (4 columns a level)`,
    block: () => Array.from({ length: MAX_CONTAINER_DEPTH }, (_, i) => `${'    '.repeat(i)}- item ${i}`).join('\n'),
  },
  { name: `20 lines of ${MAX_CONTAINER_DEPTH} list markers (\`- - - … x\`)`, block: () => Array.from({ length: 20 }, () => `${'- '.repeat(MAX_CONTAINER_DEPTH)}x`).join('\n') },
  { name: `a list ${MAX_CONTAINER_DEPTH} deep, then 500 lazy lines`, block: () => `${'- '.repeat(MAX_CONTAINER_DEPTH)}x\n${'lazy\n'.repeat(500)}` },
  { name: `a quote paragraph of ${MAX_LAZY_PARAGRAPH_LINES} lines, all but one lazy`, block: () => `> quoted\n${'lazy\n'.repeat(MAX_LAZY_PARAGRAPH_LINES - 1)}` },
  { name: '200 setext headings (`Title` over `-----`)', block: () => Array.from({ length: 200 }, (_, i) => `Title ${i}\n-----\n\ntext ${i}`).join('\n\n') },
  { name: '200 short lists (`- a` / `  - b`) between paragraphs', block: () => Array.from({ length: 200 }, (_, i) => `- a ${i}\n  - b\n- c`).join('\n\npara\n\n') },
]

/** Times parsing 4, 8 and 16 blocks of each shape and logs a table; returns whether every doubling stayed under 2.5× (linear, with noise). */
export function runBoundsBench(log: (line: string) => void): boolean {
  log('')
  log("micromark slow shapes at layar's bounds: parse CPU time of 4, 8 and 16 blocks (linear: about 2× per doubling)")
  log('| shape | 4 blocks | 8 blocks | 16 blocks | ratio per doubling |')
  log('| --- | ---: | ---: | ---: | ---: |')
  mdastFromMarkdown('warm *up* [a](b)\n\n> q\n- l\n')
  let linear = true
  for (const shape of shapes) {
    const block = shape.block()
    mdastFromMarkdown(block)
    const times = [4, 8, 16].map((count) => {
      const text = Array.from({ length: count }, () => block).join('\n\nNext paragraph.\n\n')
      return cpuMs(() => mdastFromMarkdown(text))
    })
    const row = doublingRow(shape.name, times)
    linear &&= row.linear
    log(row.line)
  }
  return linear
}
