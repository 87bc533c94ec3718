import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { benchDeck, timeCli, type BenchContext, type DeckSpec } from './bench-deck.js'
import { devSaveToReload, type DevLatency } from './dev-latency.js'
import { timePandoc } from './pandoc.js'
import type { DeckResult, TargetResult } from './results.js'

/** What `npm run bench -- --only speed` writes to bench/results/speed.json. */
export interface SpeedResults {
  command: string
  date: string
  machine: { cpus: number; cpuModel: string; node: string; loadAverage: { start: number[]; end: number[] } }
  decks: DeckResult[]
  devSpaced: DevLatency
  devBackToBack: DevLatency
  targets: TargetResult[]
}

/**
 * Issue 20's figures alone: `layar dev` save to served with saves 2 s apart
 * and back to back; cold CLI builds of the default deck, the naive article
 * and 1,000 slides, interleaved with pandoc; PASS/FAIL against issue 20's
 * targets. The machine's load average at the start and end goes with them:
 * on a shared machine the ratios are what to read.
 */
export async function benchSpeed(context: BenchContext, specs: readonly DeckSpec[], repo: string): Promise<SpeedResults> {
  const start = loadavg()
  const [first] = specs
  if (!first) throw new TypeError('the speed bench needs the default deck first')
  // One unmeasured run of each tool, so the first measured run does not pay for a cold disk cache.
  await timeCli(context, first.path, join(context.work, 'warmup'), join(context.work, 'warmup-cache'))
  await timePandoc(first.path, join(context.work, 'warmup'))
  const decks: DeckResult[] = []
  for (const spec of specs) {
    context.log(`${spec.name} (${spec.path})`)
    decks.push(await benchDeck(context, spec))
  }
  context.log('layar dev: 10 one-word saves of the default deck 2 s apart, then 10 back to back')
  const devSpaced = await devSaveToReload(first.path, 10, 2000)
  const devBackToBack = await devSaveToReload(first.path, 10, 300)
  const deck = (name: string): DeckResult => {
    const found = decks.find((candidate) => candidate.name === name)
    if (!found) throw new TypeError(`the speed bench needs the ${name} deck`)
    return found
  }
  const thousand = deck('1,000 slides')
  const target = (id: string, label: string, value: number, limit: number, unit: string): TargetResult => ({ id, label, value, limit, unit, pass: value <= limit })
  const targets = [
    target('dev-save-to-served', 'layar dev, save to served, saves 2 s apart: median ≤ 100 ms', devSpaced.medianMs, 100, 'ms'),
    target('default-vs-pandoc', 'default deck, cold CLI both outputs ≤ 1.0× pandoc', deck('default').ratio, 1, '× pandoc'),
    target('naive-vs-pandoc', 'naive article, cold CLI both outputs ≤ 1.0× pandoc', deck('naive article').ratio, 1, '× pandoc'),
    target('thousand-vs-pandoc', '1,000 slides, cold CLI both outputs ≤ 0.15× pandoc', thousand.ratio, 0.15, '× pandoc'),
    { ...target('thousand-rss', '1,000 slides, peak RSS < 500 MB', thousand.layar.peakRssMb ?? Number.POSITIVE_INFINITY, 500, 'MB'), pass: (thousand.layar.peakRssMb ?? Number.POSITIVE_INFINITY) < 500 },
  ]
  const results: SpeedResults = {
    command: 'npm run bench -- --only speed',
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.versions.node, loadAverage: { start, end: loadavg() } },
    decks,
    devSpaced,
    devBackToBack,
    targets,
  }
  await mkdir(join(repo, 'bench/results'), { recursive: true })
  await writeFile(join(repo, 'bench/results/speed.json'), `${JSON.stringify(results, null, 2)}\n`)
  return results
}

/** The report lines: each deck's ratio, the dev latencies, every target with PASS or FAIL. */
export function formatSpeed(results: SpeedResults): string {
  const load = (values: readonly number[]): string => values.map((value) => value.toFixed(1)).join(' ')
  return [
    `load average at start ${load(results.machine.loadAverage.start)}, at end ${load(results.machine.loadAverage.end)} (${results.machine.cpus} CPUs)`,
    ...results.decks.map((deck) => `${deck.name}: layar ${deck.layar.coldMs.toFixed(0)} ms, pandoc ${deck.pandoc.bothMs.toFixed(0)} ms, ${deck.ratio.toFixed(2)}× pandoc, peak RSS ${deck.layar.peakRssMb?.toFixed(0) ?? 'n/a'} MB`),
    `layar dev save to served: 2 s apart median ${results.devSpaced.medianMs.toFixed(0)} ms (${results.devSpaced.runsMs.map((v) => v.toFixed(0)).join(', ')}); back to back median ${results.devBackToBack.medianMs.toFixed(0)} ms; the PPTX written ${results.devSpaced.pptxMedianMs.toFixed(0)} ms after the save (2 s apart)`,
    ...results.targets.map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.label}: ${t.value.toFixed(2)} ${t.unit}`),
  ].join('\n')
}

/** What `npm run bench -- --only cold` writes to bench/results/cold.json. */
export interface ColdResults {
  command: string
  date: string
  machine: SpeedResults['machine']
  decks: DeckResult[]
  targets: TargetResult[]
}

/**
 * Issue 20's cold-start targets alone: the default deck and the naive
 * article built by the CLI (both outputs, a new process each run),
 * interleaved with pandoc making both, with PASS/FAIL against ≤ 1.0× pandoc
 * and the load average at the start and end.
 */
export async function benchCold(context: BenchContext, specs: readonly DeckSpec[], repo: string): Promise<ColdResults> {
  const start = loadavg()
  const [first] = specs
  if (!first) throw new TypeError('the cold bench needs the default deck first')
  // One unmeasured run of each tool, so the first measured run does not pay for a cold disk cache.
  await timeCli(context, first.path, join(context.work, 'warmup'), join(context.work, 'warmup-cache'))
  await timePandoc(first.path, join(context.work, 'warmup'))
  const decks: DeckResult[] = []
  for (const spec of specs) {
    context.log(`${spec.name} (${spec.path})`)
    decks.push(await benchDeck(context, spec))
  }
  const targets = decks.map((deck): TargetResult => ({
    id: `${deck.name === 'default' ? 'default' : 'naive'}-vs-pandoc`,
    label: `${deck.name}, cold CLI both outputs ≤ 1.0× pandoc`,
    value: deck.ratio,
    limit: 1,
    unit: '× pandoc',
    pass: deck.ratio <= 1,
  }))
  const results: ColdResults = {
    command: 'npm run bench -- --only cold',
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.versions.node, loadAverage: { start, end: loadavg() } },
    decks,
    targets,
  }
  await mkdir(join(repo, 'bench/results'), { recursive: true })
  await writeFile(join(repo, 'bench/results/cold.json'), `${JSON.stringify(results, null, 2)}\n`)
  return results
}

/** The report lines of the cold bench: each deck's times and ratio, each target with PASS or FAIL. */
export function formatCold(results: ColdResults): string {
  const load = (values: readonly number[]): string => values.map((value) => value.toFixed(1)).join(' ')
  return [
    `load average at start ${load(results.machine.loadAverage.start)}, at end ${load(results.machine.loadAverage.end)} (${results.machine.cpus} CPUs)`,
    ...results.decks.map((deck) => `${deck.name}: layar ${deck.layar.coldMs.toFixed(0)} ms (runs ${deck.layar.coldRunsMs.map((v) => v.toFixed(0)).join(', ')}), pandoc ${deck.pandoc.bothMs.toFixed(0)} ms, ${deck.ratio.toFixed(2)}× pandoc`),
    ...results.targets.map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.label}: ${t.value.toFixed(2)} ${t.unit}`),
  ].join('\n')
}
