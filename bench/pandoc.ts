import { basename, dirname, join } from 'node:path'
import { run, timeProcess } from './measure.js'

/** One pandoc build of both outputs. */
export interface PandocRun {
  htmlMs: number
  pptxMs: number
  peakRssMb: number | null
}

async function pandocVersion(): Promise<string | null> {
  try {
    return (await run(['pandoc', '--version'], process.cwd())).split('\n')[0] ?? 'pandoc'
  } catch {
    return null
  }
}

/**
 * pandoc's version line, installing Debian's `pandoc` first when it is missing
 * (needs root; the apt index is refreshed only if the first install fails).
 *
 * @param log where progress lines go
 */
export async function ensurePandoc(log: (line: string) => void): Promise<string> {
  const found = await pandocVersion()
  if (found) return found
  if (process.getuid?.() !== 0) throw new Error('pandoc is missing; install it (Debian: apt-get install pandoc) or run the bench as root')
  log('pandoc is missing: apt-get install -y pandoc')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  try {
    await run(['apt-get', 'install', '-y', '--no-install-recommends', 'pandoc'], process.cwd(), env)
  } catch {
    await run(['apt-get', 'update'], process.cwd(), env)
    await run(['apt-get', 'install', '-y', '--no-install-recommends', 'pandoc'], process.cwd(), env)
  }
  const installed = await pandocVersion()
  if (!installed) throw new Error('pandoc did not install')
  return installed
}

/**
 * Builds a deck once with pandoc: reveal.js HTML (`-t revealjs -s`) then
 * PPTX, run in the deck's folder so its relative image paths resolve.
 *
 * @param deckPath the Markdown file
 * @param outDir where pandoc writes `pandoc.html` and `pandoc.pptx`
 */
export async function timePandoc(deckPath: string, outDir: string): Promise<PandocRun> {
  const cwd = dirname(deckPath)
  const input = basename(deckPath)
  const html = await timeProcess('pandoc', ['-t', 'revealjs', '-s', '-o', join(outDir, 'pandoc.html'), input], cwd)
  const pptx = await timeProcess('pandoc', ['-o', join(outDir, 'pandoc.pptx'), input], cwd)
  const peaks = [html.peakRssMb, pptx.peakRssMb].filter((peak) => peak !== null)
  return { htmlMs: html.wallMs, pptxMs: pptx.wallMs, peakRssMb: peaks.length > 0 ? Math.max(...peaks) : null }
}
