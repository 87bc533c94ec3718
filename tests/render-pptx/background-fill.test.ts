import { fromXml } from 'xast-util-from-xml'
import { describe, expect, it } from 'vitest'
import { fixBackgroundPicture } from '../../src/render/pptx/background-fill.js'

const slide = [
  '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">',
  '<p:cSld><p:bg><p:bgPr><a:blipFill><a:blip/><a:srcRect/><a:stretch><a:fillRect/></a:stretch></a:blipFill></p:bgPr></p:bg>',
  '<p:spTree><p:sp><p:txBody><a:p><a:r><a:t>]]&gt;&lt;b&gt; &amp; more</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>',
].join('')

describe('the background picture fix', () => {
  it('re-serialises the slide as XML that parses again, text with ]]> included', () => {
    const fixed = fixBackgroundPicture(slide, { type: 'image', path: 'a.png', mime: 'image/png', crop: { l: 0.1, t: 0, r: 0.1, b: 0 }, transparency: 20 })
    expect(fixed).not.toContain(']]>')
    expect(() => fromXml(fixed)).not.toThrow()
    expect(fixed).toContain('<a:srcRect l="10000" t="0" r="10000" b="0"/>')
    expect(fixed).toContain('<a:alphaModFix amt="80000"/>')
  })
})
