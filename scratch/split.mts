import { VFile } from 'vfile'
import { buildDeck } from '../src/build/index.js'
import { memoryContentFolder } from '../tests/support/theme.js'
import { pptxSlideParts } from '../tests/support/outputs.js'
import { parseXml } from '../tests/support/pptx.js'
import { readClicks } from '../tests/support/pptx-timing.js'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { writeFileSync } from 'node:fs'
const long = (n: number) => `Paragraph ${n}: ` + 'words that fill a line of the slide and then some more to wrap around. '.repeat(2)
const src = ['---\ntitle: Split\nlang: en\n---\n', '## Long\n', long(1), '\n::: fragment\nFragment A.\n:::\n', long(2), long(3), '\n. . .\n', long(4), long(5), long(6), '\n::: fragment\nFragment B.\n:::\n', long(7), long(8), '\n::: {.fragment .fade-up}\nFragment C.\n:::\n', 'Tail.\n'].join('\n')
writeFileSync('/tmp/i15/split.md', src)
const file = new VFile({ path: '/deck/deck.md', value: src })
const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
console.log(file.messages.map(String))
for (const s of laidOut!.slides.slice(1) as any[]) console.log(s.continuation, s.frames.map((f: any) => [f.step, f.fragment, f.type === 'text' ? f.blocks.map((b: any) => JSON.stringify(b.children?.[0]?.value ?? '').slice(1, 15)).join('|') : f.type]))
const sections = selectAll('.slides > section', fromHtml(outputs!.html!))
sections.forEach((sec, i) => console.log('html', i, selectAll('.fragment', sec).map((e) => `${e.properties.dataFragmentIndex}:${toText(e).slice(0, 14)}`)))
const { slides } = await pptxSlideParts(outputs!.pptx!)
slides.forEach((x, i) => console.log('pptx', i, JSON.stringify(readClicks(parseXml(x)).map((c) => c.map((e) => e.preset + ' ' + e.text.join(' ').slice(0, 14))))))
writeFileSync('/tmp/i15/split.pptx', outputs!.pptx!); writeFileSync('/tmp/i15/split.html', outputs!.html!)
