/**
 * `npm run bench -- --hostile` (fourth part): one paragraph of many short
 * inline spans, built whole (parse, layout, HTML and PPTX) at 5,000, 10,000
 * and 20,000 spans. 20,000 code spans (`` `a` `` repeated, 80 KB) took 11 s
 * on a loaded machine: not a superlinear step, but a large cost per span in
 * every stage (each span is its own micromark construct, its own laid-out
 * run and a PPTX run of ~290 bytes with its full run properties), so a
 * doubling must stay a doubling. Plain words are the control: they merge into
 * one run. The table prints each build's CPU time (`process.cpuUsage`, so
 * other processes matter less), the ratio per doubling and the CPU time per
 * span at the largest count.
 */
import { VFile } from 'vfile'
import { buildDeck } from '../src/build/index.js'
import { doublingRow } from './doubling.js'

/** Each shape's repeated piece: one span and the space after it. */
const shapes: Array<{ name: string; piece: string }> = [
  { name: 'code spans (`` `a` ``)', piece: '`a` ' },
  { name: 'autolinks (`<http://a>`)', piece: '<http://a> ' },
  { name: 'plain words (`a`, the control)', piece: 'a ' },
]

const counts = [5_000, 10_000, 20_000] as const

/** CPU milliseconds of one whole build (HTML and PPTX) of a paragraph of `count` pieces. */
async function buildCpuMs(piece: string, count: number): Promise<number> {
  const file = new VFile({ path: 'spans.md', value: `---\ntitle: Spans\nlang: en\n---\n\n## Spans\n\n${piece.repeat(count)}\n` })
  const start = process.cpuUsage()
  const result = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: null, themeContext: null }, () => Promise.reject(new Error('no images in this deck')))
  const used = process.cpuUsage(start)
  // A shape a parse bound stops (20,000 links hold too many brackets) would time an error, not a build.
  if (!result.outputs?.html || !result.outputs.pptx) throw new Error(`the paragraph of ${count} × ${piece} did not build:\n${file.messages.join('\n')}`)
  return (used.user + used.system) / 1000
}

/** Builds each shape at 5,000, 10,000 and 20,000 spans and logs a table; returns whether every doubling stayed under 2.5× (linear, with noise). */
export async function runInlineRunsBench(log: (line: string) => void): Promise<boolean> {
  log('')
  log('one paragraph of many inline spans, whole build (HTML + PPTX): CPU time at 5,000, 10,000 and 20,000 spans (linear: about 2× per doubling)')
  log('| shape | 5,000 | 10,000 | 20,000 | ratio per doubling | per span at 20,000 |')
  log('| --- | ---: | ---: | ---: | ---: | ---: |')
  await buildCpuMs('`b` [c](d) e ', 200)
  let linear = true
  for (const shape of shapes) {
    const times: number[] = []
    for (const count of counts) times.push(await buildCpuMs(shape.piece, count))
    const perSpanUs = ((times[2] ?? 0) * 1000) / counts[2]
    const row = doublingRow(shape.name, times, [`${perSpanUs.toFixed(0)} µs`])
    linear &&= row.linear
    log(row.line)
  }
  return linear
}
