/**
 * `npm run shots -- dist/deck.html [outDir]`: a 1280 × 720 PNG of every slide
 * of a built HTML deck (all fragments shown, reveal.js controls hidden), in
 * `outDir` (default `dist/shots/<deck>/`), as `slide-01.png`, `slide-02.png`, …
 * The page is opened offline in Debian's Chromium; blocked requests and page
 * errors are printed, and make the exit code 1.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { slideShots } from './slide-shots.js'

async function main(argv: string[]): Promise<number> {
  const [file, outArg] = argv
  if (!file) {
    console.error('usage: npm run shots -- dist/deck.html [outDir]')
    return 2
  }
  const outDir = outArg ?? join('dist', 'shots', basename(file, extname(file)))
  await mkdir(outDir, { recursive: true })
  const { shots, problems } = await slideShots(file)
  for (const [i, shot] of shots.entries()) {
    const path = join(outDir, `slide-${String(i + 1).padStart(2, '0')}.png`)
    await writeFile(path, shot)
    console.log(path)
  }
  for (const problem of problems) console.error(problem)
  return problems.length > 0 ? 1 : 0
}

process.exitCode = await main(process.argv.slice(2))
