/**
 * `npm run bench -- --hostile` (third part): layar's own inline passes
 * (`src/parse/cut-out.ts`: inline notes `^[…]` and bracketed spans
 * `[…]{…}`) on one paragraph of 20,000, 40,000 and 80,000 inline nodes
 * holding 2,000 openings, the most the bracket bound lets a paragraph have
 * once with their closers. Before the walk read the nodes after each
 * opening again, 2,000 unclosed `[` among 80,000 nodes took 52 s to parse
 * and 2,000 spans in one text 13 s. Linear means the time doubles with the
 * count; the table prints each parse's CPU time and the ratio per doubling.
 */
import { VFile } from 'vfile'
import { deckFromMarkdown } from '../src/parse/index.js'
import { cpuMs, doublingRow } from './doubling.js'

/** `nodes / 2` code spans with text between; `openings` of the texts hold `opening`. */
function among(nodes: number, openings: number, opening: string): string {
  const every = Math.floor(nodes / 2 / openings)
  return Array.from({ length: nodes / 2 }, (_, i) => (i % every === 0 ? `${opening} \`c\`` : 'x `c`')).join('')
}

/** Each shape's paragraph for a number of inline nodes. */
const shapes: Array<{ name: string; paragraph: (nodes: number) => string }> = [
  { name: '2,000 unclosed `[` among the nodes', paragraph: (nodes) => among(nodes, 2_000, '[') },
  { name: '2,000 unclosed `^[` among the nodes', paragraph: (nodes) => among(nodes, 2_000, '^[') },
  { name: '2,000 spans `[a]{.underline}` in one text, then the nodes', paragraph: (nodes) => `${'[a]{.underline} '.repeat(2_000)}${among(nodes, 1, 'x')}` },
  { name: '2,000 notes `^[n]` in one text, then the nodes', paragraph: (nodes) => `${'y^[n] '.repeat(2_000)}${among(nodes, 1, 'x')}` },
]

/** Parses each shape at 20,000, 40,000 and 80,000 inline nodes and logs a table; returns whether every doubling stayed under 2.5× (linear, with noise). */
export function runInlineCutsBench(log: (line: string) => void): boolean {
  log('')
  log('inline notes and spans in one paragraph (src/parse/cut-out.ts): parse CPU time at 20,000, 40,000 and 80,000 inline nodes (linear: about 2× per doubling)')
  log('| shape | 20,000 | 40,000 | 80,000 | ratio per doubling |')
  log('| --- | ---: | ---: | ---: | ---: |')
  deckFromMarkdown(new VFile({ path: 'warm.md', value: '## Warm\n\nA [b]{.mark} ^[c] `d`\n' }))
  let linear = true
  for (const shape of shapes) {
    const times = [20_000, 40_000, 80_000].map((nodes) => {
      const file = new VFile({ path: 'inline.md', value: `---\ntitle: Inline\n---\n\n## Inline\n\n${shape.paragraph(nodes)}\n` })
      return cpuMs(() => deckFromMarkdown(file))
    })
    const row = doublingRow(shape.name, times)
    linear &&= row.linear
    log(row.line)
  }
  return linear
}
