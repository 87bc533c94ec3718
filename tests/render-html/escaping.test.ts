import { select, selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { describe, expect, it } from 'vitest'
import { isSafeUrl, type Inline } from '../../src/model/index.js'
import { jsonForScript, scriptForInline, styleForInline } from '../../src/render/html/script-text.js'
import { render } from './build-html.js'
import { hostileDeck, SCRIPT_PAYLOAD } from './hostile-deck.js'
import { meta, para, pos, sampleDeck, text, textFrame } from './sample-deck.js'

describe('escaping', () => {
  it('keeps hostile text as text everywhere', () => {
    const { html, tree } = render(hostileDeck())
    expect(toText(select('head > title', tree)!)).toBe(`Judul ${SCRIPT_PAYLOAD}`)
    // Payloads may appear inside quoted attributes (escaped), never as markup.
    expect(selectAll('script', tree)).toHaveLength(3)
    expect(selectAll('script', tree).some((s) => toText(s).includes('__xss'))).toBe(false)
    expect(html.includes('<title>Judul &#x3C;/script>')).toBe(true)
    expect(selectAll('img', tree)).toHaveLength(1) // the figure only
    expect(selectAll('[onerror], [onmouseover]', tree)).toHaveLength(0)
  })

  it('drops unsafe link targets but keeps their text', () => {
    const { tree } = render(hostileDeck())
    const last = selectAll('.reveal .slides > section', tree).at(-1)!
    expect(selectAll('a', last).map((a) => a.properties['href'])).toEqual(['https://example.org/?q="><script>window.__xss=1</script>'])
    expect(toText(last)).toContain('bahaya 2')
  })

  it('links only http(s), mailto, tel, relative and fragment targets, by the same rule as parse', () => {
    const ok = ['https://a.id', 'HTTP://a.id', 'mailto:x@a.id', 'tel:+62', 'lampiran/a.pdf', '#/3', '?q=1', '//a.id']
    // Unicode spaces inside a scheme are ignored by browsers: parse's rule knows, so the HTML's second lock must too.
    const bad = ['javascript:alert(1)', 'java\nscript:alert(1)', ' data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'java\u00A0script:x', 'java\u200Bscript:x']
    const link = (url: string): Inline => ({ type: 'link', url, title: null, children: [text(url)], position: pos })
    const deck = sampleDeck()
    const slide = deck.slides[2]
    if (slide?.layout !== 'content') throw new Error('expected a content slide')
    slide.frames = [textFrame([para(...[...ok, ...bad].map(link))])]
    const { tree } = render(deck)
    const section = selectAll('.reveal .slides > section', tree)[2]!
    expect(selectAll('a', section).map((a) => a.properties['href'])).toEqual(ok)
    expect(toText(section)).toContain('vbscript:x') // an unsafe link keeps its text
    for (const url of ok) expect(isSafeUrl(url), url).toBe(true)
    for (const url of bad) expect(isSafeUrl(url), url).toBe(false)
  })

  it('serialises JSON for a script without <, >, & or line separators', () => {
    const json = jsonForScript({ a: '</script><!-- & \u2028\u2029' })
    expect(json).not.toMatch(/[<>&\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual({ a: '</script><!-- & \u2028\u2029' })
  })

  it('escapes </script and <!-- in inline JavaScript and proves it still compiles', () => {
    expect(scriptForInline('var s = "</SCRIPT><!--"; var r = /<!--/;', 't')).toBe('var s = "<\\/SCRIPT><\\!--"; var r = /<\\!--/;')
    // An HTML-like comment in code cannot be escaped without breaking it: refuse, do not emit.
    expect(() => scriptForInline('var x = 1 <!-- comment', 't')).toThrow(TypeError)
  })

  it('escapes </ in inline CSS', () => {
    expect(styleForInline('a{content:"</style>"}')).toBe('a{content:"<\\/style>"}')
  })

  it('builds no markup from the deck language or colours without checking them', () => {
    const { tree } = render({ ...sampleDeck(), meta: meta({ lang: 'id"><script>x</script>' }) })
    expect(select('html', tree)?.properties['lang']).toBe('id"><script>x</script>')
    expect(selectAll('body > script', tree)).toHaveLength(3)
  })
})
