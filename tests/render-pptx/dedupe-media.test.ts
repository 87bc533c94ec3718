import { describe, expect, it } from 'vitest'
import { dedupeMedia, type Parts } from '../../src/render/pptx/dedupe-media.js'
import { findAll, parseXml } from '../support/pptx.js'

const rels = (...targets: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map((target, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${target}"/>`)
    .join('')}</Relationships>`

describe('one media part per distinct content', () => {
  it('points relationships to a duplicate at the first copy, on the parsed relationships, and removes the duplicate', () => {
    const parts: Parts = new Map<string, Uint8Array | string>([
      ['ppt/media/image-1-1.png', new Uint8Array([1, 2, 3])],
      ['ppt/media/image-2-1.png', new Uint8Array([1, 2, 3])],
      ['ppt/media/image-2-2.png', new Uint8Array([4, 5, 6])],
      ['ppt/slides/_rels/slide1.xml.rels', rels('../media/image-1-1.png')],
      ['ppt/slides/_rels/slide2.xml.rels', rels('../media/image-2-1.png', '../media/image-2-2.png', 'https://example.org/image-2-1.png')],
    ])
    const untouched = parts.get('ppt/slides/_rels/slide1.xml.rels')
    dedupeMedia(parts)
    expect([...parts.keys()].filter((path) => path.startsWith('ppt/media/'))).toEqual(['ppt/media/image-1-1.png', 'ppt/media/image-2-2.png'])
    const targets = findAll(parseXml(String(parts.get('ppt/slides/_rels/slide2.xml.rels'))), 'Relationship').map((rel) => rel.attrs)
    expect(targets.map((rel) => rel.Target)).toEqual(['../media/image-1-1.png', '../media/image-2-2.png', 'https://example.org/image-2-1.png'])
    expect(targets.map((rel) => rel.Id)).toEqual(['rId1', 'rId2', 'rId3'])
    // A part that names no duplicate is left as it was written.
    expect(parts.get('ppt/slides/_rels/slide1.xml.rels')).toBe(untouched)
  })
})
