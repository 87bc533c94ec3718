import { readFileSync } from 'node:fs'
import JSZip from 'jszip'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BodyLayout, Frame } from '../../src/layout/laid-out.js'
import type { ListItem } from '../../src/model/index.js'
import { pdfPageTexts, pptxToOdp, pptxToPdf } from '../support/libreoffice.js'
import { findAll, notesText, parseXml, readPptx, textOf, type PptxPackage, type XmlElement } from '../support/pptx.js'
import { readClicks } from '../support/pptx-timing.js'
import { buildSteps } from './build-steps.js'

/**
 * Click-by-click: incremental lists and pauses step through the PPTX as
 * through the HTML, from the one decision layout made (`layout/builds.ts`).
 * Slides of the fixture deck: 1 title, 2 incremental list with a nested one,
 * 3 pauses (text, then a table with a picture), 4 pause then an incremental
 * list, 5 columns after a pause, 6–8 a long incremental list split in three,
 * 9–11 pauses split in three.
 */
let result: Awaited<ReturnType<typeof buildSteps>>
let pkg: PptxPackage
/** Each slide's clicks as `shape[paragraph]: text`, `+` marking an effect that comes with the click's first. */
let clicks: string[][][]

beforeAll(async () => {
  result = await buildSteps()
  pkg = await readPptx(result.outputs.pptx)
  clicks = pkg.slides.map((path) =>
    readClicks(pkg.xml(path)).map((click) =>
      click.map((effect) => `${effect.nodeType === 'clickEffect' ? '' : '+'}${effect.shape}${effect.paragraphs === null ? '' : `[${effect.paragraphs.join('-')}]`}: ${effect.text.join(' ').trim()}`),
    ),
  )
}, 120_000)

/** The HTML's fragments per slide, in reveal.js's order (by index, then document order), as `index: text`. */
function htmlSteps(html: string): string[][] {
  return selectAll('.slides > section', fromHtml(html)).map((section) =>
    selectAll('.fragment', section)
      .map((element) => ({ index: Number(element.properties['dataFragmentIndex']), text: toText(element).replace(/\s+/g, ' ').trim() }))
      .sort((a, b) => a.index - b.index)
      .map(({ index, text }) => `${index}: ${text}`),
  )
}

describe('layout decides the builds', () => {
  it('numbers the clicks of incremental items and pauses once, per slide part', () => {
    const slides = (result.laidOut?.slides ?? []) as BodyLayout[]
    const items = (frame: Frame): Array<number | undefined> => {
      const steps: Array<number | undefined> = []
      const visit = (item: ListItem): void => {
        steps.push(item.step)
        for (const child of item.children) if (child.type === 'list') child.children.forEach(visit)
      }
      if (frame.type === 'text') for (const block of frame.blocks) if (block.type === 'list') block.children.forEach(visit)
      return steps
    }
    expect(slides[1]?.frames.flatMap(items)).toEqual([1, 2, 3, 4, 5])
    expect(slides[2]?.frames.map((frame) => frame.step)).toEqual([undefined, 1, 2, 2])
    expect(slides[3]?.frames.map((frame) => frame.step)).toEqual([undefined, 1, 1])
    expect(slides[3]?.frames.flatMap(items)).toEqual([1, 2])
    // A continuation shows its first build on entry: the split list takes as many clicks as one slide would.
    const split = [slides[5], slides[6], slides[7]].map((slide) => slide?.frames.flatMap(items))
    expect(split.map((steps) => steps?.[0])).toEqual([1, undefined, undefined])
    expect(split.flat().filter((step) => step !== undefined).length + 2).toBe(12)
  })
})

describe('PPTX entrance animations', () => {
  it('appear paragraph by paragraph on click for an incremental list, its item paragraphs and nested items', () => {
    expect(clicks[1]).toEqual([
      ['Text 1[1-1]: Butir pertama'],
      ['Text 1[2-2]: Butir kedua', '+Text 1[3-3]: Paragraf kedua butir kedua.'],
      ['Text 1[4-4]: anak a'],
      ['Text 1[5-5]: anak b'],
      ['Text 1[6-6]: Butir ketiga'],
    ])
    expect(clicks[0]).toEqual([])
  })

  it('show what follows a pause on the next click, whole: text, tables, pictures and captions', () => {
    expect(clicks[2]?.map((click) => click.map((effect) => effect.replace(/:.*/, '')))).toEqual([['Text 2'], ['Table 3', '+Picture 4', '+Caption 4']])
    expect(clicks[2]?.[0]).toEqual(['Text 2: Kedua.'])
  })

  it('merge a pause with the first item of the incremental list after it; text after the list comes with the pause', () => {
    expect(clicks[3]).toEqual([['Text 2[0-0]: satu', '+Text 2[2-2]: Sesudah daftar.', '+Code 3: const x = 1'], ['Text 2[1-1]: dua']])
    expect(clicks[4]).toEqual([['Text 3: Kiri setelah jeda.', '+Text 4: tidak bertahap']])
  })

  it('keep the steps right on split slides: each part steps through its own share', () => {
    expect(clicks.slice(5, 8).map((slide) => slide.length)).toEqual([5, 4, 1])
    expect(clicks[6]?.[0]).toEqual(['Text 1[1-1]: Langkah nomor 7: satu butir yang cukup panjang untuk mengisi satu baris penuh pada slide ini'])
    expect(clicks.slice(8, 11).map((slide) => slide.map((click) => click.map((effect) => effect.slice(effect.indexOf(':') + 2, effect.indexOf(':') + 12))))).toEqual([
      [['Paragraf 2'], ['Paragraf 3']],
      [['Paragraf 5'], ['Paragraf 6']],
      [['Paragraf 8']],
    ])
  })

  it('step exactly as the HTML deck does', () => {
    const html = htmlSteps(result.outputs.html)
    expect(html.length).toBe(clicks.length)
    html.forEach((steps, slide) => {
      const indices = new Set(steps.map((step) => Number(step.slice(0, step.indexOf(':')))))
      expect(indices.size, `slide ${slide + 1}`).toBe(clicks[slide]?.length)
    })
    expect(html[1]).toEqual(['1: Butir pertama', '2: Butir kedua Paragraf kedua butir kedua. anak a anak b', '3: anak a', '4: anak b', '5: Butir ketiga'])
  })

  it('write bldP per animated text shape (by paragraph for lists) and no timing on slides without builds', () => {
    const builds = (path: string): Array<[string, string]> => findAll(pkg.xml(path), 'p:bldP').map((bld) => [bld.attrs.spid ?? '', bld.attrs.build ?? 'whole'])
    const ids = (path: string): Map<string, string> => new Map(findAll(pkg.xml(path), 'p:cNvPr').map((element) => [element.attrs.id ?? '', element.attrs.name ?? '']))
    const named = (path: string): string[] => builds(path).map(([spid, build]) => `${ids(path).get(spid)} ${build}`)
    expect(named(pkg.slides[1]!)).toEqual(['Text 1 p'])
    expect(named(pkg.slides[2]!)).toEqual(['Text 2 whole', 'Caption 4 whole'])
    expect(named(pkg.slides[3]!)).toEqual(['Text 2 p', 'Code 3 whole'])
    expect(findAll(pkg.xml(pkg.slides[0]!), 'p:timing')).toEqual([])
  })

  it('leave the speaker notes alone', () => {
    const notes = pkg.notesOf(pkg.slides[1]!)
    expect(notesText(pkg.xml(notes!))).toBe('Catatan pembicara tetap utuh.')
  })
})

describe('LibreOffice Impress', () => {
  it('reads the animations: Appear on click and with the click, on the right paragraphs and shapes', async () => {
    const odp = await JSZip.loadAsync(readFileSync(pptxToOdp(result.outputs.pptx, 'steps')))
    const content = parseXml(await odp.file('content.xml')!.async('string'))
    const byId = new Map<string, XmlElement>()
    const visit = (element: XmlElement): void => {
      const id = element.attrs['xml:id'] ?? element.attrs['draw:id']
      if (id !== undefined) byId.set(id, element)
      for (const child of element.children) if (typeof child !== 'string') visit(child)
    }
    visit(content)
    const pages = findAll(content, 'draw:page').map((page) =>
      findAll(page, 'anim:par')
        .filter((par) => ['on-click', 'with-previous'].includes(par.attrs['presentation:node-type'] ?? ''))
        .map((par) => {
          const set = findAll(par, 'anim:set')[0]
          const target = byId.get(set?.attrs['smil:targetElement'] ?? '')
          const kind = par.attrs['presentation:node-type'] === 'on-click' ? '' : '+'
          return `${kind}${par.attrs['presentation:preset-id']}: ${target === undefined ? '?' : textOf(target).trim()}`
        }),
    )
    expect(pages[1]).toEqual([
      'ooo-entrance-appear: Butir pertama',
      'ooo-entrance-appear: Butir kedua',
      '+ooo-entrance-appear: Paragraf kedua butir kedua.',
      'ooo-entrance-appear: anak a',
      'ooo-entrance-appear: anak b',
      'ooo-entrance-appear: Butir ketiga',
    ])
    expect(pages[3]).toEqual(['ooo-entrance-appear: satu', '+ooo-entrance-appear: Sesudah daftar.', '+ooo-entrance-appear: const x = 1', 'ooo-entrance-appear: dua'])
    expect(pages.map((page) => page.filter((effect) => !effect.startsWith('+')).length)).toEqual(clicks.map((slide) => slide.length))
  }, 240_000)

  it('draws every slide in its final state: all the text is on the pages', () => {
    const pages = pdfPageTexts(pptxToPdf(result.outputs.pptx, 'steps'))
    expect(pages.length).toBe(pkg.slides.length)
    for (const text of ['Butir ketiga', 'anak b', 'Kedua.', 'Sesudah daftar.', 'Kiri setelah jeda.', 'Langkah nomor 12', 'Paragraf 8']) {
      expect(pages.some((page) => page.includes(text)), text).toBe(true)
    }
  }, 240_000)
})
