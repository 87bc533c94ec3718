import type { PdfFigures } from './pdf-time.js'
import type { WarmFigures } from './probe.js'

/**
 * Milliseconds per stage of one cold build, measured in a fresh process:
 * loading the build modules, buildDeck's timings (the PPTX writer's lazy
 * import is inside `pptx`), and writing both files.
 */
export interface StagesMs {
  modules: number
  parse: number
  assets: number
  layout: number
  html: number
  pptx: number
  write: number
}

/** One deck's figures, as written to `bench/results/latest.json`. */
export interface DeckResult {
  name: string
  slides: number
  layar: {
    /** Median cold CLI wall time for both outputs (a new process, the width cache left by earlier builds). */
    coldMs: number
    coldRunsMs: number[]
    /** The deck's first build with empty caches (every word measured with the fonts, layar's code compiled by V8). */
    firstBuildMs: number
    /** Highest peak RSS of the CLI process over the runs. */
    peakRssMb: number | null
    stagesMs: StagesMs
    htmlBytes: number
    pptxBytes: number
  }
  pandoc: {
    htmlMs: number
    pptxMs: number
    /** Median over runs of HTML + PPTX wall time. */
    bothMs: number
    runs: number
    peakRssMb: number | null
    htmlBytes: number
    pptxBytes: number
  }
  /** layar's cold time over pandoc's, both outputs. */
  ratio: number
}

/** One target of issue 9, checked. */
export interface TargetResult {
  id: string
  label: string
  value: number
  limit: number
  unit: string
  pass: boolean
}

/** The whole run. */
export interface BenchResults {
  command: string
  date: string
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; pandoc: string; loadAverage: number[]; rss: string }
  decks: DeckResult[]
  /** Both outputs rebuilt in a warm process after a one-word edit (what the dev server does). */
  warmRebuild: WarmFigures
  /** The same, HTML only: shown, not a target. */
  warmRebuildHtmlOnly: WarmFigures
  /** `layar dev`: from saving a one-word edit to the page's reload event (the HTML written; the PPTX follows), saves 300 ms apart (back to back). */
  devSaveToReload: { medianMs: number; runsMs: number[] }
  /** The same with saves 2 s apart, a person's pace (issue 20's target). */
  devSaveToReloadSpaced: { medianMs: number; runsMs: number[] }
  /** `layar build --format pdf` (Chromium launch included) of the default and 100-slide decks. */
  pdf: PdfFigures[]
  /**
   * The least any cold CLI build of the default deck can take here: Node.js
   * starting and exiting with nothing to do, plus the same build in a process
   * whose code is already loaded and optimised (the warm rebuild).
   */
  floor: { nodeStartMs: number; warmBuildMs: number; sumMs: number; halfPandocMs: number }
  targets: TargetResult[]
}

/**
 * Checks the targets of issues 9 and 20 against the figures.
 *
 * @param decks the default deck, the naive article, the 100- and 1,000-slide decks, by `name`
 * @param warmMs median warm rebuild of the default deck after a one-word edit
 * @param devSpacedMs median `layar dev` save to reload, saves 2 s apart
 */
export function checkTargets(decks: readonly DeckResult[], warmMs: number, devSpacedMs: number): TargetResult[] {
  const deck = (name: string): DeckResult => {
    const found = decks.find((candidate) => candidate.name === name)
    if (!found) throw new TypeError(`checkTargets needs the ${name} deck`)
    return found
  }
  const small = deck('default')
  const naive = deck('naive article')
  const hundred = deck('100 slides')
  const thousand = deck('1,000 slides')
  const target = (id: string, label: string, value: number, limit: number, unit: string, inclusive: boolean): TargetResult => ({
    id,
    label,
    value,
    limit,
    unit,
    pass: inclusive ? value <= limit : value < limit,
  })
  return [
    target('dev-save-to-served', 'layar dev, save to served, saves 2 s apart: median ≤ 100 ms', devSpacedMs, 100, 'ms', true),
    target('default-vs-pandoc', 'default deck, cold CLI both outputs ≤ 1.0× pandoc', small.ratio, 1, '× pandoc', true),
    target('naive-vs-pandoc', 'naive article (long paragraphs split), cold CLI both outputs ≤ 1.0× pandoc', naive.ratio, 1, '× pandoc', true),
    target('thousand-vs-pandoc', '1,000 slides, cold CLI both outputs ≤ 0.15× pandoc', thousand.ratio, 0.15, '× pandoc', true),
    target('default-vs-half-pandoc', 'default deck, cold CLI both outputs ≤ ½ pandoc (issue 9)', small.ratio, 0.5, '× pandoc', true),
    target('thousand-time', '1,000 slides, both outputs < 3 s', thousand.layar.coldMs / 1000, 3, 's', false),
    target('thousand-rss', '1,000 slides, peak RSS < 500 MB', thousand.layar.peakRssMb ?? Number.POSITIVE_INFINITY, 500, 'MB', false),
    target('scaling', 'time(1,000) / time(100) ≤ 12', thousand.layar.coldMs / hundred.layar.coldMs, 12, '×', true),
    target('warm-rebuild', 'warm rebuild after a one-word edit < 50 ms', warmMs, 50, 'ms', false),
  ]
}
