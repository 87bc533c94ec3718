import { mkdir, mkdtemp, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { median, run, timeProcess } from './measure.js'
import { timePandoc, type PandocRun } from './pandoc.js'
import type { ProbeResult } from './probe.js'
import type { DeckResult, StagesMs } from './results.js'

/** One deck to measure. */
export interface DeckSpec {
  name: string
  path: string
  cliRuns: number
  pandocRuns: number
  /** In-process probes for the stage timings. */
  probes: number
}

/** Where the bench runs and what it runs. */
export interface BenchContext {
  repo: string
  /** Scratch folder for outputs. */
  work: string
  /** The transpiled probe (see compile-probe.ts). */
  probeScript: string
  log: (line: string) => void
}

/**
 * Runs the probe in a fresh `node` process: stage timings of one cold build,
 * and with `warm` the warm rebuild figures.
 */
export async function probe(context: BenchContext, deckPath: string, warm = false): Promise<ProbeResult> {
  const args = ['node', context.probeScript, deckPath, join(context.work, 'probe'), ...(warm ? ['--warm', '10'] : [])]
  return JSON.parse(await run(args, context.repo)) as ProbeResult
}

/**
 * The compiled CLI building both outputs of a deck: what a user runs, in a
 * new process, with its width cache in `cacheDir` (`LAYAR_CACHE_DIR`).
 */
export function timeCli(context: BenchContext, deckPath: string, outDir: string, cacheDir: string): ReturnType<typeof timeProcess> {
  return timeProcess('node', ['bin/layar.js', 'build', deckPath, '--out', outDir], context.repo, { LAYAR_CACHE_DIR: cacheDir })
}

const ms = (values: readonly number[]): string => values.map((value) => value.toFixed(0)).join(', ')

/**
 * Measures one deck: cold CLI runs and pandoc runs interleaved (so a busy
 * machine slows both alike and the ratio stays fair), then the probes.
 */
export async function benchDeck(context: BenchContext, spec: DeckSpec): Promise<DeckResult> {
  const outDir = join(context.work, 'out', basename(spec.path, extname(spec.path)))
  await mkdir(outDir, { recursive: true })
  // The deck's very first build, with empty caches: every word is measured with the fonts and V8
  // compiles layar's code. The first build in a cache folder writes no compiled code (src/cli/launch.ts:
  // it would carry the font-measuring code into every later start), so the second writes it, unmeasured.
  // The cold runs then find both, as every later build of the deck does.
  const cacheDir = await mkdtemp(join(context.work, 'width-cache-'))
  const first = await timeCli(context, spec.path, outDir, cacheDir)
  const second = await timeCli(context, spec.path, outDir, cacheDir)
  const coldRunsMs: number[] = []
  const peaks: number[] = first.peakRssMb === null ? [] : [first.peakRssMb]
  const pandocRuns: PandocRun[] = []
  for (let i = 0; i < Math.max(spec.cliRuns, spec.pandocRuns); i++) {
    if (i < spec.cliRuns) {
      const cold = await timeCli(context, spec.path, outDir, cacheDir)
      coldRunsMs.push(cold.wallMs)
      if (cold.peakRssMb !== null) peaks.push(cold.peakRssMb)
    }
    if (i < spec.pandocRuns) pandocRuns.push(await timePandoc(spec.path, outDir))
  }
  const pandocBoth = pandocRuns.map((p) => p.htmlMs + p.pptxMs)
  context.log(`  layar first build, empty caches (widths, compiled code): ${first.wallMs.toFixed(0)} ms; second, writing the compiled code: ${second.wallMs.toFixed(0)} ms`)
  context.log(`  layar cold CLI (ms): ${ms(coldRunsMs)}; peak RSS ${peaks.length > 0 ? Math.max(...peaks).toFixed(0) : 'n/a'} MB`)
  context.log(`  pandoc HTML + PPTX (ms): ${ms(pandocBoth)}`)
  const probed: ProbeResult[] = []
  for (let i = 0; i < spec.probes; i++) probed.push(await probe(context, spec.path))
  const coldMs = median(coldRunsMs)
  const pandocPeaks = pandocRuns.flatMap((p) => (p.peakRssMb === null ? [] : [p.peakRssMb]))
  const name = basename(spec.path, extname(spec.path))
  const size = async (file: string): Promise<number> => (await stat(join(outDir, file))).size
  return {
    name: spec.name,
    slides: probed[0]?.slides ?? 0,
    layar: {
      coldMs,
      coldRunsMs,
      firstBuildMs: first.wallMs,
      peakRssMb: peaks.length > 0 ? Math.max(...peaks) : null,
      stagesMs: stageMedians(probed),
      htmlBytes: await size(`${name}.html`),
      pptxBytes: await size(`${name}.pptx`),
    },
    pandoc: {
      htmlMs: median(pandocRuns.map((p) => p.htmlMs)),
      pptxMs: median(pandocRuns.map((p) => p.pptxMs)),
      bothMs: median(pandocBoth),
      runs: pandocRuns.length,
      peakRssMb: pandocPeaks.length > 0 ? Math.max(...pandocPeaks) : null,
      htmlBytes: await size('pandoc.html'),
      pptxBytes: await size('pandoc.pptx'),
    },
    ratio: coldMs / median(pandocBoth),
  }
}

function stageMedians(probed: readonly ProbeResult[]): StagesMs {
  const stage = (name: keyof ProbeResult['stagesMs']): number => median(probed.map((p) => p.stagesMs[name]))
  return {
    modules: median(probed.map((p) => p.importMs)),
    parse: stage('parse'),
    assets: stage('assets'),
    layout: stage('layout'),
    html: stage('html'),
    pptx: stage('pptx'),
    write: stage('write'),
  }
}
