/**
 * Child process of the bench: builds one deck with the COMPILED pipeline
 * (the modules tsc writes to dist-lib/; bin/layar.js runs the same code
 * bundled) and prints its stage timings as JSON. A fresh process per probe,
 * with no width cache, so the figures are those of a first cold build.
 *
 * Usage (from the repository folder, after compile-probe.ts): node <probe.js> <deck.md> <out-dir> [--warm N]
 */
import { readFile } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { VFile } from 'vfile'
import type * as BuildModule from '../src/build/index.js'
import type * as HostModule from '../src/node-host.js'
import { editOneWord } from './edit-word.js'
import { median } from './measure.js'

/** What one probe prints. */
export interface ProbeResult {
  /** Loading the compiled build modules (most of the CLI's start-up). */
  importMs: number
  slides: number
  messages: number
  stagesMs: { parse: number; assets: number; layout: number; html: number; pptx: number; write: number }
  bytes: { html: number; pptx: number }
  /** Rebuilds of both outputs after a one-word edit, in one warm process. */
  warm: WarmFigures | null
  /** The same with the HTML deck only (what a browser preview needs). */
  warmHtmlOnly: WarmFigures | null
}

/** Warm rebuild times: the median, every run, and each stage's median. */
export interface WarmFigures {
  medianMs: number
  runsMs: number[]
  stagesMs: Record<string, number>
}

type Format = BuildModule.OutputFormat
type BuildSource = (markdown: string, formats?: readonly Format[]) => Promise<BuildModule.BuildDeckResult>

// The bench runs probes in the repository folder; taking it from the cwd lets the probe also run bundled elsewhere.
const repo = process.cwd()

async function load(): Promise<{ build: typeof BuildModule; host: typeof HostModule; importMs: number }> {
  const start = performance.now()
  // Through a computed URL so tsc checks the types against src/ while Node runs the compiled code.
  const build = (await import(pathToFileURL(join(repo, 'dist-lib/build/index.js')).href)) as typeof BuildModule
  const host = (await import(pathToFileURL(join(repo, 'dist-lib/node-host.js')).href)) as typeof HostModule
  return { build, host, importMs: performance.now() - start }
}

async function main(): Promise<void> {
  const [deckPath, outDir, flag, count] = process.argv.slice(2)
  if (deckPath === undefined || outDir === undefined) throw new TypeError('usage: probe.ts <deck.md> <out-dir> [--warm N]')
  const { build, host: hostModule, importMs } = await load()
  const host = hostModule.nodeHost(process.cwd(), undefined)
  const source = await readFile(deckPath, 'utf8')
  const folder = dirname(deckPath)
  const buildSource: BuildSource = (markdown, formats = ['html', 'pptx']) =>
    build.buildDeck(
      new VFile({ path: deckPath, value: markdown }),
      { formats, theme: null, sourceDateEpoch: null, themeContext: null },
      (path) => host.readFile(join(folder, path)),
    )

  const result = await buildSource(source)
  if (!result.outputs?.html || !result.outputs.pptx) throw new Error(`${deckPath} did not build:\n${result.file.messages.join('\n')}`)
  const name = basename(deckPath, extname(deckPath))
  const start = performance.now()
  await host.writeFileAtomic(join(outDir, `${name}.html`), result.outputs.html)
  await host.writeFileAtomic(join(outDir, `${name}.pptx`), result.outputs.pptx)
  const write = performance.now() - start

  const probe: ProbeResult = {
    importMs,
    slides: result.laidOut?.slides.length ?? 0,
    messages: result.file.messages.length,
    stagesMs: { ...result.timings, write },
    bytes: { html: Buffer.byteLength(result.outputs.html), pptx: result.outputs.pptx.byteLength },
    warm: flag === '--warm' ? await warm(buildSource, source, Number(count ?? 10), ['html', 'pptx']) : null,
    warmHtmlOnly: flag === '--warm' ? await warm(buildSource, source, Number(count ?? 10), ['html']) : null,
  }
  process.stdout.write(`${JSON.stringify(probe)}\n`)
}

/** The dev server's path: the deck is rebuilt in a warm process after each one-word edit. */
async function warm(buildSource: BuildSource, source: string, runs: number, formats: readonly Format[]): Promise<WarmFigures> {
  for (let i = 0; i < 3; i++) await buildSource(editOneWord(source, 100 + i), formats)
  const runsMs: number[] = []
  const stages: Record<string, number[]> = {}
  for (let i = 0; i < runs; i++) {
    const edited = editOneWord(source, i)
    const start = performance.now()
    const result = await buildSource(edited, formats)
    runsMs.push(performance.now() - start)
    if (!result.outputs) throw new Error('the edited deck did not build')
    for (const [stage, ms] of Object.entries(result.timings)) (stages[stage] ??= []).push(ms)
  }
  const stagesMs = Object.fromEntries(Object.entries(stages).map(([stage, values]) => [stage, median(values)]))
  return { medianMs: median(runsMs), runsMs, stagesMs }
}

await main()
