import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { deckFromMarkdown } from '../../src/parse/index.js'
import { drawingText, fold, htmlSlides, pptxSlideParts } from '../support/outputs.js'
import { readPptx } from '../support/pptx.js'
import { setups } from './setups.js'
import { buildCase, ruleIds } from './support.js'

describe('mixed scripts', () => {
  test('every script comes out intact in both outputs, with direction and script fonts', async () => {
    const build = await buildCase('text-scripts')
    const html = htmlSlides(build.html ?? '')
    const pptx = await pptxSlideParts(build.pptx ?? new Uint8Array())
    const pptxText = fold([...pptx.slides, ...pptx.notes].map(drawingText).join('\n'))
    const htmlText = fold(html.text)
    const samples = ['مرحبا بالعالم، هذه فقرة عربية.', 'שלום עולם, זו פסקה בעברית.', '中文段落：你好，世界。', 'こんにちは世界', '안녕하세요 세계', '👩‍👩‍👧‍👦', '🇮🇩', '👍🏽', 'e\u0301 → é', 'Tiếng Việt', 'ḁ̸̢', 'Catatan العربية dan 中文 juga.']
    for (const sample of samples) {
      expect(pptxText).toContain(sample)
      expect(htmlText + fold(build.html ?? '')).toContain(sample)
    }
    expect(build.html).toMatch(/<p dir="auto">مرحبا/)
    expect(build.html).toMatch(/<p dir="auto">Kalimat Indonesia dengan kata عربي/)
    expect(build.html).not.toMatch(/<p dir="auto">中文/)
    const slide2 = pptx.slides[1] ?? ''
    const arabic = /<a:p><a:pPr[^>]*>(?:(?!<\/a:p>).)*مرحبا/.exec(slide2)?.[0] ?? ''
    expect(arabic).toMatch(/^<a:p><a:pPr[^>]* rtl="1"/)
    expect(arabic).toMatch(/<a:cs typeface="Arial"\/>/)
    const mixed = /<a:p><a:pPr[^>]*>(?:(?!<\/a:p>).)*Kalimat Indonesia/.exec(slide2)?.[0] ?? ''
    expect(mixed).not.toContain('rtl="1"')
    const slide3 = pptx.slides[2] ?? ''
    expect(slide3).toMatch(/<a:ea typeface="Microsoft YaHei"\/><a:cs[^>]*\/><\/a:rPr><a:t>中文段落/)
    expect(slide3).toMatch(/<a:ea typeface="Yu Gothic"\/>(?:(?!<a:t>).)*<a:t>日本語/)
    expect(slide3).toMatch(/<a:ea typeface="Malgun Gothic"\/>(?:(?!<a:t>).)*<a:t>한국어/)
    expect(pptx.notes.join('')).toMatch(/<a:ea typeface="Microsoft YaHei"\/><a:cs typeface="Arial"\/><\/a:rPr><a:t>Catatan العربية/)
    await readPptx(build.pptx ?? new Uint8Array())
  })
})

describe('control characters, surrogates, BOM, CRLF', () => {
  test('invisible controls are removed from both outputs with a warning per line; visible text stays', async () => {
    const build = await buildCase('text-controls', { setup: setups['text-controls'] })
    const html = build.html ?? ''
    const pptx = await pptxSlideParts(build.pptx ?? new Uint8Array())
    const all = html + pptx.slides.join('') + pptx.notes.join('')
    expect(all).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/)
    expect(htmlSlides(html).text).toContain('Halo dunia dan akhir.')
    expect(pptx.slides.map(drawingText).join('\n')).toContain('Halo dunia dan akhir.')
    // Zero-width space, ZWJ and a BOM inside text are visible-in-effect Unicode: kept.
    for (const kept of ['lebar\u200b nol', '👩\u200d💻', 'BOM\ufeff di']) {
      expect(htmlSlides(html).text).toContain(kept)
      expect(pptx.slides.map(drawingText).join('\n')).toContain(kept)
    }
    expect(ruleIds(build.deck).every((id) => id === 'text-control-removed')).toBe(true)
  })

  test('lone surrogates (only possible through the API) are removed with a warning', () => {
    const file = new VFile({ path: 'deck.md', value: '---\ntitle: T\n---\n\n## A\ud800 B\n\nC\udc00 D \ud83d\ude00\n' })
    const deck = deckFromMarkdown(file)
    expect(JSON.stringify(deck)).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/)
    expect(JSON.stringify(deck)).toContain('C D \ud83d\ude00')
    expect(file.messages.filter((m) => m.fatal !== undefined).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['5:5 text-control-removed', '7:2 text-control-removed'])
  })

  test('a BOM and CRLF line ends change nothing but the bytes', async () => {
    const crlf = await buildCase('text-crlf-bom', { setup: setups['text-crlf-bom'] })
    const lf = await buildCase('text-crlf-bom')
    expect(crlf.messages).toBe(lf.messages)
    expect(crlf.html).toBe(lf.html)
    expect(crlf.html).not.toMatch(/\r|\ufeff/)
    expect(Buffer.from(crlf.pptx ?? []).equals(Buffer.from(lf.pptx ?? []))).toBe(true)
  })
})

describe('YAML front matter', () => {
  test('__proto__ and constructor keys pollute nothing', async () => {
    const build = await buildCase('yaml-proto')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
    expect(build.deck.outputs).not.toBeNull()
    expect(build.deck.laidOut?.meta.title).toBe('Polusi prototipe')
  })

  test('an alias bomb is never expanded', async () => {
    // Expanding it would take far longer than the test timeout (and gigabytes); refused, it is an error at once.
    const build = await buildCase('yaml-alias-bomb', { formats: ['html'] })
    expect(ruleIds(build.deck)).toContain('front-matter-type')
    expect(build.deck.outputs).toBeNull()
  })

  test('front matter cannot name code: unknown keys are ignored and custom tags refused', async () => {
    const build = await buildCase('yaml-code-keys', { formats: ['html'] })
    expect((globalThis as Record<string, unknown>).polluted).toBeUndefined()
    expect(ruleIds(build.deck).sort()).toEqual(['front-matter-unknown-key', 'front-matter-unknown-key', 'front-matter-unknown-key', 'front-matter-unknown-key', 'front-matter-yaml'])
  })
})
