import { describe, expect, test } from 'vitest'
import { svgAsset } from '../../src/build/svg-image.js'

const encode = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'))

describe('SVG images are sanitised before they are embedded', () => {
  test('script, event handlers, foreignObject and external references are removed and named; shapes stay', () => {
    const result = svgAsset(encode(
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 100" onload="alert(1)">' +
        '<script>alert(2)</script><rect width="10" height="10" onclick="x()" fill="url(https://evil.example/p#a)"/>' +
        '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>' +
        '<image xlink:href="https://evil.example/x.png"/><use xlink:href="#r"/><a href="javascript:alert(3)"><circle r="5"/></a>' +
        '<circle id="r" cx="50" cy="50" r="20" fill="#123456"/></svg>',
    ))
    if ('problem' in result) throw new Error(result.problem)
    const svg = Buffer.from(result.asset.bytes).toString('utf8')
    for (const gone of ['script', 'alert', 'onload', 'onclick', 'foreignObject', 'evil.example', 'javascript:']) expect(svg).not.toContain(gone)
    expect(svg).toContain('<circle id="r" cx="50" cy="50" r="20" fill="#123456"')
    expect(svg).toContain('xlink:href="#r"')
    expect(result.removed).toEqual(expect.arrayContaining(['event handlers', 'script', 'foreignObject', 'external references']))
    expect(result.asset).toMatchObject({ mime: 'image/svg+xml', width: 200, height: 100 })
    expect(Buffer.from(result.asset.raster.subarray(1, 4)).toString('latin1')).toBe('PNG')
  })

  test('size comes from width/height, else the viewBox; XML that is not SVG is refused', () => {
    const sized = svgAsset(encode('<svg xmlns="http://www.w3.org/2000/svg" width="30pt" viewBox="0 0 40 20"><rect width="4" height="4"/></svg>'))
    expect('asset' in sized && [sized.asset.width, sized.asset.height]).toEqual([40, 20])
    expect(svgAsset(encode('<html><body/></html>'))).toEqual({ problem: 'its root element is not `<svg>`' })
    expect(svgAsset(encode('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'))).toEqual({ problem: 'it declares no usable width, height or viewBox' })
    expect('problem' in svgAsset(encode('<svg'))).toBe(true)
  })
})
