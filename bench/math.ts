import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, timeProcess } from './measure.js'

/** Thirty formulas of the kinds briefings use: fractions, sums, roots, matrices, Greek, operators. */
const FORMULAS = [
  'r = \\frac{P_t - P_0}{P_0}',
  '\\sum_{i=1}^{n} x_i^2',
  '\\sqrt{\\alpha^2 + \\beta^2}',
  '\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}',
  'p \\le \\frac{k}{n} \\times 100\\%',
  '\\lim_{n \\to \\infty} \\left(1 + \\frac{1}{n}\\right)^n = e',
]

/**
 * A deck with `count` formulas (half inline, half display), ten slides, or
 * the same deck with each formula replaced by a word of text (`plain`).
 */
export function mathDeck(count: number, plain: boolean): string {
  const slides: string[] = []
  for (let s = 0; s < 10; s++) {
    const lines = [`# Slide ${s + 1}`, '']
    for (let f = 0; f < count / 10; f++) {
      const index = s * (count / 10) + f
      const tex = `${FORMULAS[index % FORMULAS.length] ?? 'x'}${index >= FORMULAS.length ? ` + ${index}` : ''}`
      if (index % 2 === 0) lines.push(`- Item ${index}: ${plain ? 'formula' : `$${tex}$`} holds.`, '')
      else lines.push(plain ? 'formula' : `$$${tex}$$`, '')
    }
    slides.push(lines.join('\n'))
  }
  return `---\ntitle: Math bench\nlang: en\n---\n\n${slides.join('\n')}`
}

/**
 * Cold builds (HTML and PPTX) of a 30-formula deck and of the same deck
 * without formulas, with the compiled CLI: what typesetting costs.
 */
export async function benchMath(repo: string, runs: number, log: (line: string) => void): Promise<{ mathMs: number; plainMs: number }> {
  const work = await mkdtemp(join(tmpdir(), 'layar-bench-math-'))
  try {
    const times = async (plain: boolean): Promise<number> => {
      const path = join(work, plain ? 'plain.md' : 'math.md')
      await writeFile(path, mathDeck(30, plain))
      const walls: number[] = []
      for (let i = 0; i < runs; i++) {
        const result = await timeProcess('node', [join(repo, 'bin/layar.js'), 'build', path, '--out', join(work, `out-${i}`)], repo, {
          LAYAR_CACHE_DIR: join(work, `cache-${plain}-${i}`),
        })
        walls.push(result.wallMs)
      }
      return median(walls)
    }
    const mathMs = await times(false)
    const plainMs = await times(true)
    log(`30-formula deck (10 slides): ${mathMs.toFixed(0)} ms median of ${runs} cold builds; the same deck without formulas: ${plainMs.toFixed(0)} ms`)
    return { mathMs, plainMs }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
