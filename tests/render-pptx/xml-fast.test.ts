import fc from 'fast-check'
import JSZip from 'jszip'
import { resolve } from 'node:path'
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { toXml } from 'xast-util-to-xml'
import { describe, expect, it } from 'vitest'
import { runBuild } from '../../src/build/index.js'
import { nodeHost } from '../../src/node-host.js'
import { parseXmlFast, scanXml } from '../../src/render/pptx/xml-parse.js'
import { createXmlNames, serializeXmlFast } from '../../src/render/pptx/xml-serialize.js'

/**
 * The PPTX writer parses and serialises every part with its own fast XML
 * scanner and writer; they must give exactly what xast-util-from-xml and
 * xast-util-to-xml give, or the package's bytes would change.
 */

const repo = resolve(import.meta.dirname, '../..')
const decks = [
  'content/kerjasama-militer-regional.md',
  'tests/fixtures/layout/naive-article/input.md',
  'tests/fixtures/math/matematika.md',
  'tests/fixtures/qa-decks/quarto-workshop.md',
  'tests/fixtures/qa-decks/briefing-id.md',
  'tests/fixtures/qa-decks/pandoc-plain.md',
]
const options = { closeEmptyElements: true, tightClose: true } as const

/** A tree without the positions `fromXml` adds (the fast parser gives none; nothing reads them). */
function withoutPositions<T>(tree: T): T {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value))) as T
}

function expectSameAsXast(text: string): void {
  const slow = fromXml(text)
  expect(withoutPositions(parseXmlFast(text))).toEqual(withoutPositions(slow))
  expect(serializeXmlFast(slow)).toBe(toXml(slow, options))
}

async function xmlParts(deck: string): Promise<Array<[string, string]>> {
  const result = await runBuild({ inputs: [deck], outDir: 'dist', formats: ['pptx'], theme: null, dryRun: true }, nodeHost(repo, '0'))
  if (result.type !== 'done') throw new Error(`${deck} did not build: ${result.type}`)
  const pptx = result.decks[0]?.outputs?.pptx
  if (!pptx) throw new Error(`${deck} gave no PPTX`)
  const zip = await JSZip.loadAsync(pptx)
  const names = Object.keys(zip.files).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'))
  return Promise.all(names.map(async (name): Promise<[string, string]> => [name, await zip.file(name)!.async('string')]))
}

describe('fast XML parts', () => {
  it.each(decks)('parse and serialise every part of %s as xast-util-from-xml and -to-xml do', async (deck) => {
    const parts = await xmlParts(deck)
    expect(parts.length).toBeGreaterThan(10)
    // The names read and written are shared by every part, as the part transforms share them.
    const scanned = new Map<number, string>()
    const names = createXmlNames()
    for (const [, text] of parts) {
      // Taken by the fast scanner itself, not handed to fromXml.
      expect(scanXml(text)).not.toBeNull()
      expectSameAsXast(text)
      const tree = parseXmlFast(text, scanned)
      expect(withoutPositions(tree)).toEqual(withoutPositions(fromXml(text)))
      expect(serializeXmlFast(tree, names)).toBe(toXml(tree, options))
    }
    expect(scanned.size).toBeGreaterThan(20)
  })

  it('reads names whose hashes collide as themselves, with the names shared across parts', () => {
    // `Aa` and `BB` have the same 31-based hash.
    const scanned = new Map<number, string>()
    const names = createXmlNames()
    for (const text of ['<Aa BB="1"><BB Aa="2"/></Aa>', '<BB><Aa BB="3"/></BB>']) {
      const tree = parseXmlFast(text, scanned)
      expect(withoutPositions(tree)).toEqual(withoutPositions(fromXml(text)))
      expect(serializeXmlFast(tree, names)).toBe(toXml(tree, options))
    }
  })

  it.each([
    ['references', '<a x="&amp;&lt;&gt;&quot;&apos;&#65;&#x1F600;">t &amp; &#xA0;&#10;x</a>'],
    ['whitespace in attributes', '<a x="one\ttwo\nthree" y = \'single\'>  </a>'],
    ['declaration variants', '<?xml version="1.0"?>\n<a/>'],
    ['a declaration with encoding only', '<?xml version="1.0" encoding="UTF-8"?><a/>'],
    ['carriage returns', '<?xml version="1.0"?>\r\n<a x="1\r\n2\r3\t4" y="&#13;&#10;">line\r\nend\rx&#13;\r\n<b>\r</b></a>\r\n'],
    ['a comment', '<a><!-- note --><b/></a>'],
    ['CDATA', '<a><![CDATA[x < y]]></a>'],
    ['a processing instruction', '<a><?pi data?></a>'],
    ['a DOCTYPE', '<!DOCTYPE a><a/>'],
    ['non-ASCII names', '<ä attribute="1"><b:é/></ä>'],
    ['a byte order mark', '\uFEFF<a/>'],
    ['nested text and elements', '<p:sp><a:t>Satu</a:t> <a:t>dua</a:t>tiga</p:sp>'],
    ['emoji and astral characters', '<a:t>🚀 𝒙</a:t>'],
  ])('agree on %s', (_, text) => {
    expectSameAsXast(text)
  })

  it.each([
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a mismatched end tag', '<a></b>'],
    ['an unescaped < in an attribute', '<a x="<"/>'],
    ['a forbidden character', '<a>\u0001</a>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['a bad xml:space', '<a xml:space="keep"/>'],
  ])('throw as xast-util-from-xml does on %s', (_, text) => {
    expect(() => fromXml(text)).toThrow()
    expect(() => parseXmlFast(text)).toThrow()
  })

  it('serialises any tree as xast-util-to-xml does', () => {
    const text = fc.string({ unit: fc.constantFrom('a', ' ', '&', '<', '>', '"', "'", '\u0001', '\t', '\n', '\r', '?', 'é', '-', ']') })
    const leaf = fc.oneof(
      text.map((value) => ({ type: 'text' as const, value })),
      fc.record({ type: fc.constant('instruction' as const), name: fc.constantFrom('xml', 'pi', ''), value: text }),
      text.map((value) => ({ type: 'comment' as const, value })),
      text.map((value) => ({ type: 'cdata' as const, value })),
    )
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, leaf, tie('element')),
      element: fc.record({
        type: fc.constant('element' as const),
        name: fc.constantFrom('a', 'p:sp', 'a b', 'x/y'),
        attributes: fc.dictionary(fc.constantFrom('x', 'y:z', 'q"'), fc.oneof(text, fc.constant(null))),
        children: fc.array(tie('tree'), { maxLength: 3 }),
      }),
    }))
    // Also with the names' text shared by every tree, as the parts of a package share it.
    const names = createXmlNames()
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 3 }), (children) => {
        const root = { type: 'root', children } as Root
        // The one difference on purpose: `]]>` in text is escaped (XML forbids it there; toXml keeps it).
        // Both sides are normalised: toXml itself writes `]]&#x3E;` inside a CDATA section's value.
        const unescaped = (xml: string): string => xml.replaceAll(']]&#x3E;', ']]>')
        expect(unescaped(serializeXmlFast(root))).toBe(unescaped(toXml(root, options)))
        expect(serializeXmlFast(root, names)).toBe(serializeXmlFast(root))
      }),
    )
  })

  it.each([0, 1, 100, 170, 171, 512, 12_000])('serialises a part of %i runs, past the writer\'s chunk of pieces, as xast-util-to-xml does', (runs) => {
    // A run writes some six pieces, so from ~86 runs the text is joined a chunk at a time.
    const run = (index: number): Element => ({
      type: 'element',
      name: 'a:r',
      attributes: {},
      children: [
        { type: 'element', name: 'a:rPr', attributes: { lang: 'id-ID', b: index % 2 === 0 ? '1' : null }, children: [] },
        { type: 'element', name: 'a:t', attributes: {}, children: [{ type: 'text', value: index % 7 === 0 ? '' : `run ${index} & <\u0001>` }] },
      ],
    })
    const paragraph: Element = { type: 'element', name: 'a:p', attributes: {}, children: Array.from({ length: runs }, (_, index) => run(index)) }
    const root: Root = { type: 'root', children: [{ type: 'instruction', name: 'xml', value: 'version="1.0"' }, paragraph] }
    expect(serializeXmlFast(root)).toBe(toXml(root, options))
  })

  it('escapes ]]> in text, which XML forbids there, so the part parses again', () => {
    const root: Root = { type: 'root', children: [{ type: 'element', name: 'a:t', attributes: {}, children: [{ type: 'text', value: ']]><script>' }] }] }
    const text = serializeXmlFast(root)
    expect(text).toBe('<a:t>]]&#x3E;&#x3C;script></a:t>')
    expect(withoutPositions(fromXml(text))).toEqual(root)
  })
})
