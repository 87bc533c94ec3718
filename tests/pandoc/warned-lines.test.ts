import { describe, expect, it } from 'vitest'
import { warnedLines } from '../support/literal-syntax.js'

describe('warnedLines (the literal-syntax net reads the reporter output)', () => {
  it('keeps a file\'s warnings after an info message of the same file', () => {
    const stderr = [
      'a.md',
      '40:1-40:38  warning The image is missing   image-missing   layar',
      '',
      'b.md',
      '1:1-1:1     info    The language was detected   lang-detected   layar',
      '18:1-19:6   warning pandoc\'s pause   pandoc-syntax-unsupported   layar',
      '',
    ].join('\n')
    expect([...warnedLines(stderr, 'b.md')]).toEqual([18, 19])
    expect([...warnedLines(stderr, 'a.md')]).toEqual([40])
  })
})
