import { describe, expect, it } from 'vitest'
import { codeLines } from '../../src/layout/code-slices.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'
import { cutsOf } from '../../src/layout/split-blocks.js'
import type { Code } from '../../src/model/index.js'
import { layoutTestTheme } from '../support/theme.js'
import { at } from './deck-builder.js'

describe('cutsOf with a limit (the splitter asks for a slide’s worth)', () => {
  const lines = Array.from({ length: 10 }, (_, i) => `line ${i} /* c */`)
  const code: Code = { type: 'code', lang: 'c', value: lines.join('\n'), position: at(3) }

  it('gives the first cuts only, and the same cuts as without one', () => {
    const cache = createLayoutCache()
    const all = cutsOf(code, cache)
    const some = cutsOf(code, cache, 3)
    expect(all).toHaveLength(9)
    expect(some).toHaveLength(3)
    some.forEach((cut, i) => {
      expect((cut.head() as Code).value).toBe((all[i]?.head() as Code).value)
      expect((cut.tail() as Code).value).toBe((all[i]?.tail() as Code).value)
    })
  })

  it('cuts code between lines, and a tail cut again keeps the whole block’s colours', () => {
    const cache = createLayoutCache()
    const theme = layoutTestTheme()
    const tail = cutsOf(code, cache, 4)[3]?.tail() as Code
    expect(tail.value).toBe(lines.slice(4).join('\n'))
    const head = cutsOf(tail, cache, 2)[1]?.head() as Code
    const rest = cutsOf(tail, cache, 2)[1]?.tail() as Code
    expect(head.value).toBe(lines.slice(4, 6).join('\n'))
    expect(rest.value).toBe(lines.slice(6).join('\n'))
    const whole = codeLines(code, theme, cache)
    expect(codeLines(head, theme, cache)).toEqual(whole.slice(4, 6))
    expect(codeLines(rest, theme, cache)).toEqual(whole.slice(6))
  })
})
