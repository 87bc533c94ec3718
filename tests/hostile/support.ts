import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reporter } from 'vfile-reporter'
import { runBuild, type OutputFormat, type RunBuildOptions } from '../../src/build/index.js'
import { rules } from '../../src/diagnostics/index.js'
import { nodeHost } from '../../src/node-host.js'
import type { BuildDeckResult } from '../../src/build/index.js'

/** Where the hostile fixtures live. */
export const fixturesRoot = join(__dirname, '../fixtures/hostile')

/** What building one case produced. */
export interface CaseBuild {
  /** The temporary folder the case was built in (`input.md`, `dist/`). */
  dir: string
  deck: BuildDeckResult
  /** vfile-reporter's text without colour, as `messages.txt` holds it. */
  messages: string
  html: string | null
  pptx: Uint8Array | null
}

/** Options of `buildCase`: which formats and which permissive flags. */
export type CaseOptions = Partial<Pick<RunBuildOptions, 'allowOutside' | 'fetchRemote'>> & {
  formats?: OutputFormat[]
  /** Prepares the copied folder (symlinks, generated files) before the build. */
  setup?: ((dir: string) => void) | undefined
}

/** Copies a fixture folder (or starts an empty one) to a temp folder and builds its `input.md` there. */
export async function buildCase(fixture: string | null, options: CaseOptions = {}): Promise<CaseBuild> {
  const dir = mkdtempSync(join(tmpdir(), 'layar-hostile-'))
  const work = join(dir, 'deck')
  if (fixture !== null) cpSync(join(fixturesRoot, fixture), work, { recursive: true })
  else mkdirSync(work)
  options.setup?.(work)
  return buildIn(work, options)
}

/** Builds `input.md` of `work` into `work/dist`. */
export async function buildIn(work: string, options: CaseOptions = {}): Promise<CaseBuild> {
  const result = await runBuild(
    {
      inputs: ['input.md'],
      outDir: 'dist',
      formats: options.formats ?? ['html', 'pptx'],
      theme: null,
      dryRun: false,
      allowOutside: options.allowOutside ?? false,
      fetchRemote: options.fetchRemote ?? false,
    },
    nodeHost(work, '1764028800'),
  )
  if (result.type !== 'done') throw new Error(`build did not finish: ${JSON.stringify(result.type === 'usage-error' ? result.message : result.reason)}`)
  const deck = result.decks[0]
  if (deck === undefined) throw new Error('no deck built')
  const htmlPath = join(work, 'dist', 'input.html')
  const pptxPath = join(work, 'dist', 'input.pptx')
  return {
    dir: work,
    deck,
    messages: `${reporter([deck.file], { color: false })}\n`,
    html: deck.outputs?.html ?? (existsSync(htmlPath) ? readFileSync(htmlPath, 'utf8') : null),
    pptx: deck.outputs?.pptx ?? null,
  }
}

/** Every message has a line and column and a rule id from the catalog. */
export function positionedProblems(deck: BuildDeckResult): string[] {
  return deck.file.messages
    .filter((message) => !(message.ruleId && Object.hasOwn(rules, message.ruleId) && message.line && message.column))
    .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)
}

/** Rule ids of the problems (errors and warnings, not information such as a detected language), in order. */
export function ruleIds(deck: BuildDeckResult): string[] {
  return deck.file.messages.filter((message) => message.fatal !== undefined).map((message) => message.ruleId ?? '?')
}
