import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { readPptx } from '../support/pptx.js'

/**
 * A template whose master draws a picture browsers cannot show (an EMF logo,
 * as templates made in Office often have): the build warns once, naming the
 * picture; the HTML deck leaves it out, the PPTX keeps it.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reference-doc')
const EMF = 'ppt/media/layar-logo.emf'

/** pandoc's reference document with an EMF picture on its master (an EMF header: record type 1, " EMF" signature at byte 40). */
async function templateWithEmf(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(readFileSync(join(FIXTURES, 'pandoc-reference.pptx')))
  const emf = new Uint8Array(108)
  emf.set([1, 0, 0, 0, 108], 0)
  emf.set([0x20, 0x45, 0x4d, 0x46], 40)
  zip.file(EMF, emf)
  const types = await zip.file('[Content_Types].xml')!.async('string')
  zip.file('[Content_Types].xml', types.replace('<Default Extension="xml"', '<Default Extension="emf" ContentType="image/x-emf"/><Default Extension="xml"'))
  const relsPath = 'ppt/slideMasters/_rels/slideMaster1.xml.rels'
  const rels = await zip.file(relsPath)!.async('string')
  zip.file(relsPath, rels.replace('</Relationships>', '<Relationship Id="rIdEmf" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/layar-logo.emf"/></Relationships>'))
  const masterPath = 'ppt/slideMasters/slideMaster1.xml'
  const master = await zip.file(masterPath)!.async('string')
  const picture =
    '<p:pic><p:nvPicPr><p:cNvPr id="99" name="Logo"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr>' +
    '<p:blipFill><a:blip r:embed="rIdEmf"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>' +
    '<p:spPr><a:xfrm><a:off x="8000000" y="100000"/><a:ext cx="900000" cy="400000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>'
  zip.file(masterPath, master.replace('</p:spTree>', `${picture}</p:spTree>`))
  return zip.generateAsync({ type: 'uint8array' })
}

describe('a template picture the HTML deck cannot show', () => {
  it('is named in one warning, left out of the HTML deck and kept in the PPTX', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-refdoc-'))
    writeFileSync(join(dir, 'org.pptx'), await templateWithEmf())
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: T\nlang: en\nreference-doc: org.pptx\n---\n\n## One\n\n- point\n\n## Two\n\n- point\n')
    const result = await build({ inputs: ['deck.md'], cwd: dir, dryRun: true })
    if (result.type !== 'done') throw new Error(JSON.stringify(result))
    const deck = result.decks[0]
    const skipped = (deck?.file.messages ?? []).filter((message) => message.ruleId === 'reference-doc-picture-skipped')
    expect(skipped).toHaveLength(1)
    expect(skipped[0]?.fatal).toBe(false)
    expect(skipped[0]?.reason).toContain(`\`${EMF}\``)
    expect(skipped[0]?.reason).toContain('EMF')
    expect(skipped[0]?.line).toBe(4)
    expect(deck?.outputs?.html).not.toContain('layar-template-picture')
    const pptx = deck?.outputs?.pptx
    if (pptx == null) throw new Error('no PPTX')
    const pkg = await readPptx(pptx)
    expect(pkg.paths).toContain(EMF)
  }, 120_000)
})
