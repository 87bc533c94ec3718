import { beforeAll, describe, expect, it } from 'vitest'
import { findAll, paragraphTexts, textOf } from '../support/pptx.js'
import { buildDefaultDeck, type BuiltDefaultDeck, type BuiltSlide } from './built-default-deck.js'

/**
 * The default deck's shape as layar builds it: both outputs are read back
 * from the files `build()` wrote, and every check is made on both.
 */
let deck: BuiltDefaultDeck
beforeAll(async () => {
  deck = await buildDefaultDeck()
}, 180_000)

const outputs = ['html', 'pptx'] as const
type Output = (typeof outputs)[number]
const slidesOf = (output: Output): BuiltSlide[] => deck[output].slides

/** HTML `data-layout` and the PPTX slide layouts each kind of slide may use (two columns with a heading each: Comparison). */
const layoutNames: Record<string, readonly string[]> = {
  title: ['Title Slide'],
  section: ['Section Header'],
  content: ['Title and Content'],
  twoColumn: ['Two Content', 'Comparison'],
}
const isSection = (slide: BuiltSlide): boolean => slide.layout === 'section' || slide.layout === 'Section Header'

/** Each slide with the title of the section slide before it. */
function withSections(slides: BuiltSlide[]): Array<{ section: string; slide: BuiltSlide }> {
  let section = ''
  return slides.map((slide) => {
    if (isSection(slide)) section = slide.title
    return { section, slide }
  })
}

describe('the default deck builds cleanly', () => {
  it('with no error or warning', () => {
    const problems = deck.messages.filter((message) => message.fatal !== undefined).map((message) => `${message.ruleId}: ${message.reason}`)
    expect(problems).toEqual([])
  })
})

describe('both outputs of the default deck agree', () => {
  it('have the same slides in the same order, each with the same layout', () => {
    const html = slidesOf('html')
    expect(html.length).toBeGreaterThan(20)
    expect(slidesOf('pptx').map((slide) => slide.title)).toEqual(html.map((slide) => slide.title))
    slidesOf('pptx').forEach((slide, index) => {
      expect(layoutNames[html[index]?.layout ?? ''], slide.title).toContain(slide.layout)
    })
  })

  it('show the same content and notes on every slide, in the same order', () => {
    // How many boxes hold the content is each format's own (a PPTX column heading has its own placeholder).
    const strip = ({ layout: _layout, contentBoxes: _boxes, ...rest }: BuiltSlide): Omit<BuiltSlide, 'layout' | 'contentBoxes'> => rest
    expect(slidesOf('pptx').map(strip)).toEqual(slidesOf('html').map(strip))
  })
})

describe('the front matter reaches both outputs', () => {
  const title = 'Kerjasama Militer Internasional Regional'
  const subtitle = 'Membangun Pertahanan Bersama demi Perdamaian dan Stabilitas Kawasan'

  it('title, subtitle, author, organisation and date are on the title slide', () => {
    for (const output of outputs) {
      const [first] = slidesOf(output)
      expect(first?.title, output).toBe(title)
      expect(first?.body, output).toEqual([subtitle, 'Staf Perencanaan Strategis Direktorat Kerja Sama Pertahanan Kawasan 2026-11-25'])
    }
    expect(deck.html.title).toBe(title)
    expect(textOf(findAll(deck.pptx.pkg.xml('docProps/core.xml'), 'dc:title')[0]!)).toBe(title)
  })

  it('the language is Indonesian', () => {
    expect(deck.html.lang).toBe('id')
    const langs = new Set(deck.pptx.pkg.slides.flatMap((path) => findAll(deck.pptx.pkg.xml(path), 'a:rPr').map((run) => run.attrs.lang)))
    expect([...langs]).toEqual(['id-ID'])
  })

  it('the classification TERBATAS is marked top and bottom on every slide', () => {
    expect(deck.html.banners).toEqual(slidesOf('html').map(() => ['TERBATAS', 'TERBATAS']))
    // The PPTX draws it once on the slide master, which every slide follows.
    const master = paragraphTexts(deck.pptx.pkg.xml('ppt/slideMasters/slideMaster1.xml'))
    expect(master.filter((text) => text === 'TERBATAS')).toHaveLength(2)
  })

  it('the footer is on every slide', () => {
    const footers = deck.pptx.pkg.slides.map((path) => {
      const slide = deck.pptx.pkg.xml(path)
      const footer = findAll(slide, 'p:sp').find((shape) => findAll(shape, 'p:ph')[0]?.attrs.type === 'ftr')
      return footer === undefined ? '' : paragraphTexts(footer).join('')
    })
    expect(new Set(footers)).toEqual(new Set(['Paparan Kerja Sama Militer Regional']))
    expect(deck.html.text.split('Paparan Kerja Sama Militer Regional').length - 1).toBe(slidesOf('html').length)
  })
})

describe.each(outputs)('the default deck’s structure in the %s', (output) => {
  it('has one section per part of the article, in order, each followed by a content slide', () => {
    const slides = slidesOf(output)
    expect(slides.filter(isSection).map((slide) => slide.title)).toEqual([
      'Pendahuluan',
      'Kerjasama Militer dan Keamanan: Pilar Perdamaian',
      'Teknologi sebagai Katalisator Kerjasama',
      'Kebudayaan sebagai Jembatan Kerjasama',
      'Tantangan dan Peluang dalam Kerjasama Militer',
      'Peran Diplomasi dalam Kerjasama Militer',
      'Masa Depan Kerjasama Militer Internasional Regional',
      'Ringkasan Kerjasama Militer Internasional Regional',
    ])
    slides.forEach((slide, index) => {
      if (isSection(slide)) expect(slides[index + 1]?.body.length, `after ${slide.title}`).toBeGreaterThan(0)
    })
  })

  it('gives every content slide speaker notes', () => {
    const withoutNotes = slidesOf(output).filter((slide, index) => index > 0 && !isSection(slide) && slide.notes.length === 0)
    expect(withoutNotes.map((slide) => slide.title)).toEqual([])
  })

  it('keeps the visible bullets concise: 3 to 6 items a slide, 12 words at most each', () => {
    for (const slide of slidesOf(output)) {
      if (slide.items.length === 0) continue
      expect(slide.items.length, slide.title).toBeGreaterThanOrEqual(3)
      expect(slide.items.length, slide.title).toBeLessThanOrEqual(6)
      for (const item of slide.items) expect(item.split(' ').length, item).toBeLessThanOrEqual(12)
    }
  })

  it('keeps the article’s numbered lists numbered, the ten challenges continuing at 6', () => {
    const numbered = withSections(slidesOf(output))
      .filter(({ slide }) => slide.numberedStarts.length > 0)
      .map(({ section, slide }) => ({ section, starts: slide.numberedStarts, items: slide.items.length }))
    expect(numbered).toEqual([
      { section: 'Pendahuluan', starts: [1], items: 6 },
      { section: 'Teknologi sebagai Katalisator Kerjasama', starts: [1], items: 5 },
      { section: 'Tantangan dan Peluang dalam Kerjasama Militer', starts: [1], items: 5 },
      { section: 'Tantangan dan Peluang dalam Kerjasama Militer', starts: [6], items: 5 },
    ])
  })

  it('has one two-column slide and one table', () => {
    const twoColumn = slidesOf(output).filter((slide) => slide.layout === 'twoColumn' || layoutNames.twoColumn!.includes(slide.layout))
    expect(twoColumn.map((slide) => slide.title)).toEqual(['Diplomasi sebagai Benang Merah'])
    // Two columns: two boxes in the HTML; in the PPTX each column's bold heading may sit in its own placeholder.
    expect(twoColumn[0]?.contentBoxes).toBe(output === 'html' ? 2 : 4)
    expect(slidesOf(output).filter((slide) => slide.tables > 0).map((slide) => [slide.title, slide.tables])).toEqual([['Matriks Ancaman dan Respons', 1]])
  })

  it('ends with a closing slide', () => {
    expect(slidesOf(output).map((slide) => slide.title).slice(-2)).toEqual(['Kesimpulan', 'Terima Kasih'])
  })
})
