import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import type { Element, ElementContent } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { toXml } from 'xast-util-to-xml'
import { describe, expect, it } from 'vitest'
import { buildMathDeck } from './build-math.js'
import { elements } from '../support/xast.js'

/**
 * The equations themselves against the Office Math schema (shared-math.xsd).
 * The package schema check cannot see them: Markup Compatibility processing
 * keeps each shape's `mc:Fallback`, and the equations are in `mc:Choice`.
 * PowerPoint's `a:rPr` inside `m:r` (its run properties, which the Office
 * Math schema leaves to the host) is taken out first.
 */

const SCHEMA = join(import.meta.dirname, '..', 'fixtures', 'ooxml-schemas', 'ISO-IEC29500-4_2016', 'shared-math.xsd')
const DECKS = ['matematika.md', 'math-en.md', 'fences.md', 'tall-inline.md', 'title-math.md']

function withoutDrawingProperties(node: Element): Element {
  const children = node.children
    .filter((child) => !(child.type === 'element' && child.name === 'a:rPr'))
    .map((child): ElementContent => (child.type === 'element' ? withoutDrawingProperties(child) : child))
  return { ...node, children }
}

async function equations(name: string): Promise<Element[]> {
  const { pptx } = await buildMathDeck(name)
  const zip = await JSZip.loadAsync(pptx)
  const parts = Object.keys(zip.files).filter((path) => /^ppt\/slides\/slide\d+\.xml$/.test(path))
  const trees = await Promise.all(parts.map(async (path) => fromXml(await (zip.file(path)?.async('string') ?? Promise.resolve('')))))
  return trees.flatMap((tree) => elements(tree, 'a14:m')).flatMap((m) => m.children.filter((child): child is Element => child.type === 'element'))
}

describe('Office Math against its schema', () => {
  it('every equation of the fixture decks is valid Office Math', async () => {
    const probe = spawnSync('sh', ['-c', 'command -v xmllint'])
    if (probe.status !== 0) throw new Error('`xmllint` is not installed; install it with: apt-get install -y libxml2-utils')
    const roots = (await Promise.all(DECKS.map(equations))).flat()
    expect(roots.length).toBeGreaterThan(40)
    const dir = mkdtempSync(join(tmpdir(), 'layar-omml-'))
    const files = roots.map((root, i) => {
      const file = join(dir, `equation-${i}.xml`)
      const tree = withoutDrawingProperties(root)
      tree.attributes = { ...tree.attributes, 'xmlns:m': 'http://schemas.openxmlformats.org/officeDocument/2006/math' }
      writeFileSync(file, toXml(tree))
      return file
    })
    const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', SCHEMA, ...files], { encoding: 'utf8' })
    const errors = result.stderr.split('\n').filter((line) => line !== '' && !line.endsWith(' validates'))
    expect(errors).toEqual([])
  }, 120_000)
})
