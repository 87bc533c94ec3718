import { formatPdfMarkdown } from './pdf-time.js'
import type { WarmFigures } from './probe.js'
import type { BenchResults, DeckResult, StagesMs } from './results.js'

const stageNames: readonly (keyof StagesMs)[] = ['modules', 'parse', 'assets', 'layout', 'html', 'pptx', 'write']

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`
}

function mb(value: number | null): string {
  return value === null ? 'n/a' : `${value.toFixed(0)} MB`
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`
}

/** Pads every column of a table of strings to its widest cell. */
function columns(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? []
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n')
}

function deckRows(deck: DeckResult): string[][] {
  const { layar, pandoc } = deck
  return [
    [deck.name, `${deck.slides}`, ms(layar.coldMs), ms(pandoc.bothMs), `${deck.ratio.toFixed(2)}×`, ms(layar.firstBuildMs), mb(layar.peakRssMb), mb(pandoc.peakRssMb),
      `${size(layar.htmlBytes)} / ${size(layar.pptxBytes)}`, `${size(pandoc.htmlBytes)} / ${size(pandoc.pptxBytes)}`],
  ]
}

/**
 * The human-readable report: one line per deck, the stage breakdown, the warm
 * rebuild and every target with PASS or FAIL.
 */
export function formatReport(results: BenchResults): string {
  const header = ['deck', 'slides', 'layar', 'pandoc', 'ratio', 'layar 1st', 'layar RSS', 'pandoc RSS', 'layar html/pptx', 'pandoc html/pptx']
  const overview = columns([header, ...results.decks.flatMap(deckRows)])
  const stages = columns([
    ['deck', ...stageNames, 'pandoc html', 'pandoc pptx'],
    ...results.decks.map((deck) => [deck.name, ...stageNames.map((stage) => ms(deck.layar.stagesMs[stage])), ms(deck.pandoc.htmlMs), ms(deck.pandoc.pptxMs)]),
  ])
  const warm = results.warmRebuild
  const warmStages = (figures: WarmFigures): string =>
    Object.entries(figures.stagesMs).filter(([, value]) => value > 0).map(([stage, value]) => `${stage} ${ms(value)}`).join(', ')
  const targets = results.targets
    .map((target) => `${target.pass ? 'PASS' : 'FAIL'}  ${target.label}: ${target.value.toFixed(2)} ${target.unit} (limit ${target.limit})`)
    .join('\n')
  const machine = results.machine
  const floor = results.floor
  return [
    `layar bench — ${results.date}, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ${machine.pandoc}, load ${machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}`,
    '',
    'Cold CLI, HTML + PPTX (median wall time of a new process; pandoc = HTML run + PPTX run;',
    '"layar 1st" = the deck\'s first build, with empty caches; the others find the widths and compiled code it kept):',
    overview,
    '',
    'Stages of one cold build in a fresh process, no width cache (median; modules = loading the unbundled build modules):',
    stages,
    '',
    `Warm rebuild of the default deck after a one-word edit: median ${ms(warm.medianMs)} of ${warm.runsMs.length} (${warmStages(warm)})`,
    `  the same, HTML only: median ${ms(results.warmRebuildHtmlOnly.medianMs)} (${warmStages(results.warmRebuildHtmlOnly)})`,
    `layar dev, save of a one-word edit to page reload (debounce, build, HTML written; the PPTX follows): saves 2 s apart median ${ms(results.devSaveToReloadSpaced.medianMs)} (${results.devSaveToReloadSpaced.runsMs.map((v) => v.toFixed(0)).join(', ')} ms); back to back median ${ms(results.devSaveToReload.medianMs)} of ${results.devSaveToReload.runsMs.length}`,
    `Floor of a cold build of the default deck: Node.js alone (node -e 0) ${ms(floor.nodeStartMs)} + the warm build ${ms(floor.warmBuildMs)} = ${ms(floor.sumMs)}; ½ pandoc is ${ms(floor.halfPandocMs)}`,
    '',
    targets,
  ].join('\n')
}

/** A short Markdown table of the figures for the README. */
export function formatMarkdown(results: BenchResults): string {
  const rows = results.decks.map((deck) =>
    `| ${deck.name} | ${deck.slides} | ${ms(deck.layar.coldMs)} | ${ms(deck.pandoc.bothMs)} | ${deck.ratio.toFixed(2)}× | ${ms(deck.layar.firstBuildMs)} | ${mb(deck.layar.peakRssMb)} |`,
  )
  const targets = results.targets.map((target) => `${target.pass ? '✅' : '❌'} ${target.label}`).join(' · ')
  return [
    '| Deck | Slides | layar, HTML + PPTX | pandoc, HTML + PPTX | layar / pandoc | layar, first build | layar peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `Warm rebuild after a one-word edit: ${ms(results.warmRebuild.medianMs)}. \`layar dev\` save to served: ${ms(results.devSaveToReloadSpaced.medianMs)} (saves 2 s apart), ${ms(results.devSaveToReload.medianMs)} (back to back). Load average during the run: ${results.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}. ${targets}.`,
    '',
    formatPdfMarkdown(results.pdf),
    '',
    `Cold CLI wall time, median of ${results.decks[0]?.layar.coldRunsMs.length ?? 0} runs (${results.machine.pandoc}), ` +
      `on ${results.machine.cpus} × ${results.machine.cpuModel}, Node ${results.machine.node}, ${results.date.slice(0, 10)}. Made by \`${results.command}\`.`,
  ].join('\n')
}
