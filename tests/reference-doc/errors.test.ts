import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { MAX_TEMPLATE_BYTES, readReferenceDoc } from '../../src/theme/reference-doc/index.js'

/**
 * Where a template comes from (front matter, `format: pptx:`, a theme file,
 * the command line) and what a template that cannot be used reports: an
 * error naming the file and saying why, never a deck without it.
 */
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'reference-doc')

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip()
  for (const [path, text] of Object.entries(files)) zip.file(path, text)
  return zip.generateAsync({ type: 'uint8array' })
}

/** Builds `deck.md` (front matter `front`) in a fresh folder holding `files`; the deck's messages and its HTML. */
async function buildWith(front: string, files: Record<string, Uint8Array | string> = {}, options: { referenceDoc?: string } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'layar-refdoc-'))
  mkdirSync(join(dir, 'deck'))
  writeFileSync(join(dir, 'deck', 'deck.md'), `---\ntitle: T\nlang: en\n${front}---\n\n## Slide\n\n- point\n`)
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), data)
  }
  const result = await build({ inputs: ['deck/deck.md'], cwd: dir, dryRun: true, formats: ['html'], ...options })
  if (result.type !== 'done') throw new Error(JSON.stringify(result))
  const deck = result.decks[0]
  return { messages: (deck?.file.messages ?? []).map((m) => ({ rule: m.ruleId, fatal: m.fatal === true, reason: m.reason, line: m.line })), html: deck?.outputs?.html ?? null }
}

const pandoc = (): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, 'pandoc-reference.pptx')))

describe('reading a template', () => {
  it('refuses a file that is not a zip', async () => {
    const read = await readReferenceDoc(new TextEncoder().encode('not a zip at all'), 'x.pptx')
    expect(read).toEqual({ type: 'error', detail: expect.stringContaining('not a zip archive') })
  })

  it('refuses a zip that holds no presentation', async () => {
    const read = await readReferenceDoc(await zipOf({ 'word/document.xml': '<w:document/>' }), 'x.pptx')
    expect(read).toEqual({ type: 'error', detail: expect.stringContaining('no PowerPoint presentation') })
  })

  it('refuses a presentation without a slide master', async () => {
    const bytes = await zipOf({
      '_rels/.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="ppt/presentation.xml"/></Relationships>',
      'ppt/presentation.xml': '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldSz cx="12192000" cy="6858000"/></p:presentation>',
    })
    const read = await readReferenceDoc(bytes, 'x.pptx')
    expect(read).toEqual({ type: 'error', detail: expect.stringContaining('no slide master') })
  })

  it('refuses a file over the size limit before unzipping it', async () => {
    const read = await readReferenceDoc(new Uint8Array(MAX_TEMPLATE_BYTES + 1), 'big.pptx')
    expect(read).toEqual({ type: 'error', detail: expect.stringContaining('more than the 50.0 MB') })
  })

  it("reads pandoc's reference document: size, scheme, fonts, typed layouts with their placeholders", async () => {
    const read = await readReferenceDoc(pandoc(), 'ref.pptx')
    if (read.type !== 'ok') throw new Error(read.detail)
    expect(read.template.size).toEqual({ width: 720, height: 405 })
    expect(read.template.colors.accent1).toBe('4F81BD')
    expect(read.template.fonts).toEqual({ major: 'Calibri', minor: 'Calibri' })
    const content = read.template.layouts.find((layout) => layout.type === 'obj')
    expect(content?.name).toBe('Title and Content')
    expect(content?.placeholders.map((ph) => ph.type)).toEqual(expect.arrayContaining(['title', 'obj']))
    const body = read.template.master.placeholders.find((ph) => ph.type === 'body')?.box
    expect([body?.x, body?.w]).toEqual([36, 648])
  })
})

describe('naming a template', () => {
  it('reads `reference-doc` from the front matter, and the HTML follows it', async () => {
    const { messages, html } = await buildWith('reference-doc: org.potx\n', { 'deck/org.potx': new Uint8Array(readFileSync(join(FIXTURES, 'org-logo.potx'))) })
    expect(messages.filter((m) => m.fatal)).toEqual([])
    expect(messages.map((m) => m.rule)).toContain('reference-doc-font-substituted')
    expect(messages.find((m) => m.rule === 'reference-doc-font-substituted')?.reason).toContain('Gill Sans MT')
    expect(html).toContain('layar-template-picture')
    expect(html?.toLowerCase()).toContain('#0b3d91')
  })

  it("reads Quarto's `format: pptx: reference-doc`", async () => {
    const { messages, html } = await buildWith('format:\n  pptx:\n    reference-doc: ref.pptx\n', { 'deck/ref.pptx': pandoc() })
    expect(messages.filter((m) => m.fatal)).toEqual([])
    expect(messages.map((m) => m.rule)).not.toContain('front-matter-option-unsupported')
    expect(html).toContain('Carlito')
  })

  it("reads a theme folder's `reference-doc`, its own keys winning over the template", async () => {
    const theme = 'extends: formal\nreference-doc: ref.pptx\ncolors:\n  accent: "AA0000"\n'
    const { messages, html } = await buildWith('theme: ./brand\n', { 'deck/brand/theme.yaml': theme, 'deck/brand/ref.pptx': pandoc() })
    expect(messages.filter((m) => m.fatal)).toEqual([])
    expect(html?.toLowerCase()).toContain('#aa0000')
  })

  it('errs, naming the file, when the template is missing, outside the folder or not a template', async () => {
    const missing = await buildWith('reference-doc: nowhere.pptx\n')
    expect(missing.messages).toContainEqual(expect.objectContaining({ rule: 'reference-doc-missing', fatal: true, line: 4 }))
    expect(missing.html).toBeNull()
    const outside = await buildWith('reference-doc: ../ref.pptx\n', { 'ref.pptx': pandoc() })
    expect(outside.messages).toContainEqual(expect.objectContaining({ rule: 'reference-doc-outside-root', fatal: true }))
    const bad = await buildWith('reference-doc: bad.pptx\n', { 'deck/bad.pptx': 'plain text' })
    expect(bad.messages).toContainEqual(expect.objectContaining({ rule: 'reference-doc-invalid', fatal: true, reason: expect.stringContaining('`bad.pptx`') }))
  })

  it('takes `--reference-doc` from outside the content folder, over the front matter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-refdoc-'))
    copyFileSync(join(FIXTURES, 'pandoc-reference.pptx'), join(dir, 'ref.pptx'))
    const { messages } = await buildWith('reference-doc: nowhere.pptx\n', {}, { referenceDoc: join(dir, 'ref.pptx') })
    expect(messages.filter((m) => m.fatal)).toEqual([])
  })
})
