/**
 * `npm run parity -- [deck.md] [--theme NAME] [--out DIR] [--size 1280x720] [--slides 1-8] [--full] [--sheet FILE]`
 *
 * Builds a deck, renders every slide both ways at the same size (HTML through
 * Chromium, PPTX through LibreOffice → PDF → pdftoppm), and writes to DIR
 * (default `dist/parity/<deck>-<theme>/`):
 * - `contact-sheet.png`: HTML left, PPTX right, one row per slide (`--slides`
 *   limits the sheet, not the measuring; `--full` keeps full-size images;
 *   `--sheet FILE` writes it elsewhere, e.g. `docs/parity/`);
 * - `parity.json`: per slide, background and title colours in both outputs,
 *   where the ink of the title and of each body frame landed (offsets PPTX − HTML
 *   in px), and the mean RGB difference over an 8 × 6 grid of regions.
 * It prints one line per slide. Exit code 0 when it measured, 1 when it could not.
 */
import { basename, extname, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { SlideParity } from './parity/measure.js'
import { runParity } from './parity/run-parity.js'

const DEFAULT_DECK = 'content/kerjasama-militer-regional.md'

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      theme: { type: 'string' },
      out: { type: 'string' },
      size: { type: 'string', default: '1280x720' },
      slides: { type: 'string' },
      full: { type: 'boolean', default: false },
      sheet: { type: 'string' },
    },
  })
  const deck = positionals[0] ?? DEFAULT_DECK
  const size = /^(\d+)x(\d+)$/.exec(values.size)
  const slides = values.slides === undefined ? null : /^(\d+)-(\d+)$/.exec(values.slides)
  if (!size || slides === undefined || (values.slides !== undefined && !slides)) {
    console.error('usage: npm run parity -- [deck.md] [--theme NAME] [--out DIR] [--size WxH] [--slides FIRST-LAST] [--full] [--sheet FILE]')
    return 2
  }
  const theme = values.theme ?? null
  const report = await runParity({
    deck,
    theme,
    outDir: values.out ?? join('dist', 'parity', `${basename(deck, extname(deck))}-${theme ?? 'default'}`),
    size: { width: Number(size[1]), height: Number(size[2]) },
    cwd: process.cwd(),
    sheetSlides: slides ? { first: Number(slides[1]), last: Number(slides[2]) } : null,
    halveSheet: !values.full,
    sheetPath: values.sheet ?? null,
  })
  if (report.buildMessages) console.error(report.buildMessages)
  console.log(`${report.deck} · theme ${report.theme} · ${report.size.width}×${report.size.height} px · Δ = PPTX − HTML`)
  for (const slide of report.slides) console.log(slideLine(slide))
  const worstBox = Math.max(0, ...report.slides.flatMap((s) => s.boxes.map((b) => b.maxOffset ?? 0)))
  const worstRegion = Math.max(...report.slides.map((s) => s.regions.max))
  console.log(`worst box offset ${worstBox} px, worst region difference ${worstRegion}`)
  console.log(`wrote ${report.files.sheet}\nwrote ${report.files.json}`)
  return 0
}

/** One printed line: slide, layout, colours, title offset, frames, regions, title. */
function slideLine(s: SlideParity): string {
  const bg = `bg ${s.background.html}/${s.background.pptx} Δ${s.background.difference}`
  const ink = s.titleColor ? `title ${s.titleColor.html}/${s.titleColor.pptx} Δ${s.titleColor.difference}` : 'title —'
  const title = s.titleColor ? s.boxes[0] : undefined
  const frames = s.titleColor ? s.boxes.slice(1) : s.boxes
  const o = title?.offset
  const box = o ? `box Δ(l${o.left},t${o.top},r${o.right},b${o.bottom})` : 'box —'
  const frameMax = frames.length ? `frames ≤${Math.max(...frames.map((f) => f.maxOffset ?? Number.NaN))}px` : 'frames —'
  const regions = `regions mean ${s.regions.mean} max ${s.regions.max}`
  return `${String(s.slide).padStart(3)} ${s.layout.padEnd(9)} ${bg}  ${ink}  ${box}  ${frameMax}  ${regions}  ${s.title ?? ''}`
}

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  console.error(`parity: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
