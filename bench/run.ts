/**
 * `npm run bench`: builds the default deck and generated 100- and 1,000-slide
 * decks with the compiled CLI and with pandoc, prints the figures and the
 * targets of issue 9, and writes them to bench/results/latest.json.
 *
 * Options: --runs N (cold CLI runs per deck, default 5), --quick (1 run of everything, to try the bench out),
 * --only pdf (only the PDF times of the default and 100-slide decks, written to bench/results/pdf.json),
 * --only speed (only issue 20's figures and targets: dev save to served, spaced and back to back; cold ratio vs pandoc
 *   of the default deck, the naive article and 1,000 slides; written to bench/results/speed.json),
 * --only dev (only `layar dev` save to served of the default deck, spaced and back to back, with its PASS/FAIL; about a minute),
 * --only cold (only the cold ratio vs pandoc of the default deck and the naive article, interleaved, with PASS/FAIL;
 *   written to bench/results/cold.json),
 * --hostile (only the hostile inputs of issue 21, see hostile.ts, bounds.ts, inline-cuts.ts and inline-runs.ts),
 * --math (only the 30-formula deck against the same deck without formulas; writes bench/results/math.json).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { benchDeck, probe, timeCli, type BenchContext, type DeckSpec } from './bench-deck.js'
import { compileProbe } from './compile-probe.js'
import { devSaveToReload } from './dev-latency.js'
import { generateDeck } from './generate-deck.js'
import { runBoundsBench } from './bounds.js'
import { runHostileBench } from './hostile.js'
import { runInlineCutsBench } from './inline-cuts.js'
import { runInlineRunsBench } from './inline-runs.js'
import { benchMath } from './math.js'
import { median, rssMethod, run, timeProcess } from './measure.js'
import { ensurePandoc, timePandoc } from './pandoc.js'
import { benchPdf, formatPdfMarkdown } from './pdf-time.js'
import { formatMarkdown, formatReport } from './report.js'
import { benchCold, benchSpeed, formatCold, formatSpeed } from './speed.js'
import { checkTargets, type BenchResults } from './results.js'

const repo = resolve(dirname(new URL(import.meta.url).pathname), '..')
const log = (line: string): void => void process.stdout.write(`${line}\n`)

function options(argv: readonly string[]): { runs: number; quick: boolean; only: 'pdf' | 'speed' | 'dev' | 'cold' | null } {
  const quick = argv.includes('--quick')
  const index = argv.indexOf('--runs')
  const runs = index >= 0 ? Number(argv[index + 1]) : quick ? 1 : 5
  if (!Number.isInteger(runs) || runs < 1) throw new TypeError('--runs needs a positive whole number')
  const onlyAt = argv.indexOf('--only')
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined
  if (only !== undefined && only !== 'pdf' && only !== 'speed' && only !== 'dev' && only !== 'cold') throw new TypeError('--only takes `pdf`, `speed`, `dev` or `cold`')
  return { runs, quick, only: only ?? null }
}

/** The PDF part alone (`--only pdf`): the default deck and the 100-slide deck, `runs` times each. */
async function pdfOnly(context: BenchContext, runs: number): Promise<void> {
  const decks = [
    { name: 'default', path: join(repo, 'content/kerjasama-militer-regional.md') },
    { name: '100 slides', path: await writeGenerated(join(context.work, 'decks'), 100) },
  ]
  log(`PDF (--format pdf, ${runs} run${runs === 1 ? '' : 's'} per deck)`)
  const pdf = await benchPdf(context, decks, runs)
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', node: process.versions.node, loadAverage: loadavg() }
  await mkdir(join(repo, 'bench/results'), { recursive: true })
  await writeFile(join(repo, 'bench/results/pdf.json'), `${JSON.stringify({ command: 'npm run bench -- --only pdf', date: new Date().toISOString(), machine, pdf }, null, 2)}\n`)
  log(`\nFor the README:\n\n${formatPdfMarkdown(pdf)}\n`)
}

/** `layar dev` alone (`--only dev`): save to served of the default deck, spaced and back to back, and its target; whether it passed. */
async function devOnly(saves: number): Promise<boolean> {
  const deck = join(repo, 'content/kerjasama-militer-regional.md')
  const start = loadavg()
  log(`layar dev: ${saves} one-word saves of the default deck 2 s apart, then ${saves} back to back`)
  const spaced = await devSaveToReload(deck, saves, 2000)
  const backToBack = await devSaveToReload(deck, saves)
  const load = (values: readonly number[]): string => values.map((value) => value.toFixed(1)).join(' ')
  const pass = spaced.medianMs <= 100
  log(`load average at start ${load(start)}, at end ${load(loadavg())} (${cpus().length} CPUs): figures under load are indicative only`)
  log(`save to served, 2 s apart: median ${spaced.medianMs.toFixed(0)} ms (${spaced.runsMs.map((v) => v.toFixed(0)).join(', ')}); PPTX written ${spaced.pptxMedianMs.toFixed(0)} ms after the save`)
  log(`save to served, back to back: median ${backToBack.medianMs.toFixed(0)} ms; PPTX written ${backToBack.pptxMedianMs.toFixed(0)} ms after the save`)
  log(`${pass ? 'PASS' : 'FAIL'}  layar dev, save to served, saves 2 s apart: median ≤ 100 ms: ${spaced.medianMs.toFixed(0)} ms`)
  return pass
}

async function writeGenerated(dir: string, slides: number): Promise<string> {
  const seed = await readFile(join(repo, 'tests/support/seed-article.txt'), 'utf8')
  const deck = generateDeck(slides, seed)
  const path = join(dir, `bench-${slides}.md`)
  await writeFile(path, deck.markdown)
  for (const [name, bytes] of Object.entries(deck.images)) await writeFile(join(dir, name), bytes)
  return path
}

async function deckSpecs(work: string, runs: number, quick: boolean): Promise<DeckSpec[]> {
  const decksDir = join(work, 'decks')
  await mkdir(decksDir, { recursive: true })
  const pandocRuns = quick ? 1 : 5
  const probes = quick ? 1 : 3
  return [
    { name: 'default', path: join(repo, 'content/kerjasama-militer-regional.md'), cliRuns: runs, pandocRuns, probes },
    { name: 'naive article', path: join(repo, 'tests/fixtures/layout/naive-article/input.md'), cliRuns: runs, pandocRuns, probes },
    { name: '100 slides', path: await writeGenerated(decksDir, 100), cliRuns: runs, pandocRuns, probes },
    { name: '1,000 slides', path: await writeGenerated(decksDir, 1000), cliRuns: runs, pandocRuns: quick ? 1 : 3, probes },
  ]
}

async function measure(context: BenchContext, specs: readonly DeckSpec[], pandoc: string): Promise<BenchResults> {
  const [first] = specs
  if (!first) throw new TypeError('the bench needs at least one deck')
  // One unmeasured run of each tool, so the first measured run does not pay for a cold disk cache.
  await timeCli(context, first.path, join(context.work, 'warmup'), await mkdtemp(join(context.work, 'warmup-cache-')))
  await timePandoc(first.path, await mkdtemp(join(context.work, 'warmup-')))
  const decks = []
  for (const spec of specs) {
    log(`${spec.name} (${spec.path})`)
    decks.push(await benchDeck(context, spec))
  }
  log('warm rebuilds of the default deck (10 one-word edits)')
  const warm = await probe(context, first.path, true)
  if (!warm.warm || !warm.warmHtmlOnly) throw new Error('the warm probe returned no warm figures')
  log('layar dev: save to reload of the default deck (10 one-word saves 2 s apart, then 10 back to back)')
  const devSpaced = await devSaveToReload(first.path, 10, 2000)
  const dev = await devSaveToReload(first.path, 10)
  log('Node.js alone: node -e 0 (10 runs)')
  const nodeStartMs = await nodeAloneMs(context.repo, 10)
  log('PDF (--format pdf) of the default and 100-slide decks')
  const pdf = await benchPdf(context, specs.filter((spec) => spec.name === 'default' || spec.name === '100 slides'), Math.min(3, first.cliRuns))
  const [defaultDeck] = decks
  return {
    command: 'npm run bench',
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      memoryGb: totalmem() / 1024 ** 3,
      node: process.versions.node,
      pandoc,
      loadAverage: loadavg(),
      rss: rssMethod(),
    },
    decks,
    warmRebuild: warm.warm,
    warmRebuildHtmlOnly: warm.warmHtmlOnly,
    devSaveToReload: dev,
    devSaveToReloadSpaced: devSpaced,
    pdf,
    floor: {
      nodeStartMs,
      warmBuildMs: warm.warm.medianMs,
      sumMs: nodeStartMs + warm.warm.medianMs,
      halfPandocMs: (defaultDeck?.pandoc.bothMs ?? Number.NaN) / 2,
    },
    targets: checkTargets(decks, warm.warm.medianMs, devSpaced.medianMs),
  }
}

/** Median wall time of Node.js starting and exiting with nothing to do: no Node program starts faster. */
async function nodeAloneMs(cwd: string, runs: number): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push((await timeProcess('node', ['-e', '0'], cwd)).wallMs)
  return median(times)
}

/** Rounds every number to 1 decimal (ratios to 3) so the JSON stays small and diffable. */
function rounded(results: BenchResults): BenchResults {
  return JSON.parse(
    JSON.stringify(results, (key, value: unknown) =>
      typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(['ratio', 'value'].includes(key) ? 3 : 1)) : value,
    ),
  ) as BenchResults
}

async function main(): Promise<void> {
  if (process.argv.includes('--hostile')) {
    if (!runHostileBench(repo, log)) process.exitCode = 1
    if (!runBoundsBench(log)) process.exitCode = 1
    if (!runInlineCutsBench(log)) process.exitCode = 1
    if (!(await runInlineRunsBench(log))) process.exitCode = 1
    return
  }
  const started = performance.now()
  const { runs, quick, only } = options(process.argv.slice(2))
  log(`compiling (npm run compile); load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}`)
  await run(['npm', 'run', 'compile'], repo)
  if (process.argv.includes('--math')) {
    const math = await benchMath(repo, quick ? 1 : runs, log)
    await mkdir(join(repo, 'bench/results'), { recursive: true })
    const figures = { command: 'npm run bench -- --math', date: new Date().toISOString(), loadAverage: loadavg(), runs: quick ? 1 : runs, ...math }
    await writeFile(join(repo, 'bench/results/math.json'), `${JSON.stringify(figures, null, 2)}\n`)
    return
  }
  if (only === 'dev') {
    if (!(await devOnly(quick ? 3 : 10))) process.exitCode = 1
    return
  }
  const work = await mkdtemp(join(tmpdir(), 'layar-bench-'))
  if (only === 'pdf') {
    await mkdir(join(work, 'decks'), { recursive: true })
    await pdfOnly({ repo, work, probeScript: '', log }, runs).finally(() => rm(work, { recursive: true, force: true }))
    return
  }
  const probeScript = await compileProbe(repo)
  const pandoc = await ensurePandoc(log)
  if (only === 'cold') {
    const specs = (await deckSpecs(work, runs, quick)).filter((spec) => spec.name === 'default' || spec.name === 'naive article').map((spec) => ({ ...spec, probes: 1 }))
    try {
      const cold = await benchCold({ repo, work, probeScript, log }, specs, repo)
      log(`\n${formatCold(cold)}\nwrote bench/results/cold.json`)
      if (cold.targets.some((target) => !target.pass)) process.exitCode = 1
    } finally {
      await rm(work, { recursive: true, force: true })
    }
    return
  }
  if (only === 'speed') {
    const specs = (await deckSpecs(work, runs, quick)).filter((spec) => spec.name !== '100 slides').map((spec) => ({ ...spec, probes: 1 }))
    try {
      const speed = await benchSpeed({ repo, work, probeScript, log }, specs, repo)
      log(`\n${formatSpeed(speed)}\nwrote bench/results/speed.json`)
      if (speed.targets.some((target) => !target.pass)) process.exitCode = 1
    } finally {
      await rm(work, { recursive: true, force: true })
    }
    return
  }
  try {
    const results = rounded(await measure({ repo, work, probeScript, log }, await deckSpecs(work, runs, quick), pandoc))
    await mkdir(join(repo, 'bench/results'), { recursive: true })
    await writeFile(join(repo, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`)
    await benchMath(repo, quick ? 1 : 3, log)
    log(`\n${formatReport(results)}\n\nFor the README:\n\n${formatMarkdown(results)}\n`)
    log(`wrote bench/results/latest.json in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
