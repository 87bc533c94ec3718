import { VFile } from 'vfile'
import { buildDeck } from '../src/build/index.js'
import { memoryContentFolder } from '../tests/support/theme.js'
import { pptxSlideParts } from '../tests/support/outputs.js'
import { writeFileSync } from 'node:fs'
const src = `---\ntitle: Dark\nlang: en\nfooter: Deck footer text\n---\n\n## Light slide\n\nText.\n\n::: callout-note\nA light note.\n:::\n\n## Dark slide {background-color="#1a1a2e"}\n\nBody text on dark.\n\n::: callout-warning\nA warning on a dark slide.\n:::\n\n## Own footer {background-color="#202020"}\n\nText.\n\n::: footer\nOwn footer\n:::\n`
writeFileSync('scratch/dark.md', src)
const file = new VFile({ path: '/deck/deck.md', value: src })
const { laidOut, outputs } = await buildDeck(file, { formats: ['html', 'pptx'], theme: null, sourceDateEpoch: 0, themeContext: memoryContentFolder({}) }, async () => null)
console.log(file.messages.map(String))
console.log(JSON.stringify((laidOut!.slides[2] as any).background))
const { slides } = await pptxSlideParts(outputs!.pptx!)
const x = slides[2]!
console.log(x.slice(x.indexOf('sldNum') - 300, x.indexOf('sldNum') + 900))
writeFileSync('/tmp/i15/dark.pptx', outputs!.pptx!); writeFileSync('/tmp/i15/dark.html', outputs!.html!)
