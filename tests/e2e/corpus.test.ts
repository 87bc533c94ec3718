import { cpSync, mkdtempSync, readFileSync, readdirSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { reporter } from 'vfile-reporter'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { runBuild, type RunBuildResult } from '../../src/build/index.js'
import { nodeHost } from '../../src/node-host.js'
import { launchChromium, openOffline, type ChromiumSession } from '../support/chromium.js'
import { pdfPageTexts, pptxToPdf } from '../support/libreoffice.js'
import { findAll, readPptx } from '../support/pptx.js'

/**
 * Decks in the shapes real pandoc/Quarto decks take (issue 13): each builds
 * with exit 0, both outputs and its expected messages (`messages.txt`).
 */
const root = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url))
const cases = readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
/** 2024-03-15, for `date: today`. */
const EPOCH = '1710460800'
/** The cases whose image becomes a placeholder, and what the placeholder must show. */
const placeholders: Record<string, { alt: string; src: string }> = {
  'image-remote': { alt: 'The Quarto logo', src: 'https://quarto.org/quarto.png' },
  'image-outside': { alt: 'Architecture diagram', src: '../img/architecture.png' },
  'image-missing': { alt: 'The harbour at dawn', src: 'photos/harbour.png' },
}

/** Where the case's content file is (the outside-image case keeps it one folder down). */
function inputOf(name: string): string {
  return name === 'image-outside' ? 'deck/input.md' : 'input.md'
}

async function buildCase(name: string, options: { strict?: boolean; epoch?: string | undefined; allowOutside?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `layar-corpus-${name}-`))
  cpSync(join(root, name), dir, { recursive: true })
  const run = (): Promise<RunBuildResult> =>
    runBuild(
      { inputs: [inputOf(name)], outDir: 'out', formats: ['html', 'pptx'], theme: null, dryRun: false, strict: options.strict ?? false, allowOutside: options.allowOutside ?? false },
      nodeHost(dir, 'epoch' in options ? options.epoch : EPOCH),
    )
  const result = await run()
  if (result.type !== 'done') throw new Error(`build failed: ${JSON.stringify(result.type)}`)
  const deck = result.decks[0]
  if (deck === undefined) throw new Error('no deck built')
  return { dir, result, deck, run, read: (ext: string) => readFileSync(join(dir, 'out', `input.${ext}`)) }
}

describe('the real-deck corpus', () => {
  test('covers every shape of the issue', () => {
    expect(cases).toEqual(expect.arrayContaining(['no-front-matter', 'no-title', 'author-list', 'percent-title-block', 'fence-trailing-space', 'quarto-format', 'english-no-lang', 'indonesian-no-lang', 'image-remote', 'image-outside', 'image-missing', 'image-svg']))
  })

  test.each(cases)('%s builds both outputs with its expected messages', async (name) => {
    const { deck, result } = await buildCase(name)
    deck.file.path = inputOf(name)
    await expect(`${reporter([deck.file], { color: false })}\n`).toMatchFileSnapshot(join(root, name, 'messages.txt'))
    expect(deck.file.messages.filter((message) => message.fatal === true)).toEqual([])
    expect(result.written.map((path) => path.split('.').at(-1))).toEqual(['html', 'pptx'])
  })

  test.each(Object.keys(placeholders))('%s: --strict makes the image an error and writes nothing', async (name) => {
    const { deck, result } = await buildCase(name, { strict: true })
    expect(deck.file.messages.some((message) => message.fatal === true && message.ruleId?.startsWith('image-'))).toBe(true)
    expect(result.written).toEqual([])
  })

  test('front matter: authors, affiliations and institute on the title slide; format options honoured; pandoc keys quiet', async () => {
    const authors = await buildCase('author-list')
    expect(authors.deck.laidOut?.meta).toMatchObject({ author: 'Jane Doe, John Roe, Ann Other', affiliations: ['University of Example', 'Institute of Things', 'Open Science Lab'] })
    const html = authors.read('html').toString()
    for (const text of ['Jane Doe, John Roe, Ann Other', 'University of Example; Institute of Things; Open Science Lab', '2024-03-15']) expect(html).toContain(text)
    const quarto = await buildCase('quarto-format')
    expect(quarto.deck.laidOut?.meta).toMatchObject({ incremental: true, footer: 'Quarto demo footer', date: '2024-03-15', lang: 'en' })
    expect(quarto.deck.file.messages.filter((m) => m.ruleId === 'front-matter-unknown-key').map((m) => m.reason)).toEqual([expect.stringContaining('`favourite-colour`')])
  })

  test('no title: no title slide; the document title comes from the first heading, then the file name', async () => {
    const noTitle = await buildCase('no-title')
    expect(noTitle.deck.laidOut?.slides[0]?.layout).toBe('content')
    expect(noTitle.read('html').toString()).toContain('<title>Data Cleaning Workshop</title>')
    expect((await readPptx(noTitle.read('pptx'))).text('docProps/core.xml')).toContain('<dc:title>Data Cleaning Workshop</dc:title>')
    const block = await buildCase('percent-title-block')
    expect(block.deck.laidOut?.meta).toMatchObject({ title: 'Functional Programming in Practice', author: 'Alice Smith, Bob Jones', date: 'March 2024' })
    expect(block.deck.laidOut?.slides[0]?.layout).toBe('title')
  })

  test.each([
    ['english-no-lang', 'en', 'en-US', '(cont.)'],
    ['indonesian-no-lang', 'id', 'id-ID', '(lanjutan)'],
  ])('%s: detected as %s (html lang, PPTX runs, continuation titles)', async (name, lang, locale, suffix) => {
    const { deck, read } = await buildCase(name)
    expect(deck.file.messages.find((m) => m.ruleId === 'lang-detected')?.reason).toContain(`\`${lang}\``)
    expect(read('html').toString()).toContain(`<html lang="${lang}">`)
    const pptx = await readPptx(read('pptx'))
    const langs = new Set(pptx.slides.flatMap((slide) => findAll(pptx.xml(slide), 'a:rPr').map((run) => run.attrs['lang'])))
    expect([...langs]).toEqual([locale])
    expect(deck.laidOut?.slides.some((slide) => slide.layout !== 'title' && JSON.stringify(slide.title).includes(suffix))).toBe(true)
  })

  test('rebuilds are byte-identical, `date: today` included (from SOURCE_DATE_EPOCH, else the file date)', async () => {
    const first = await buildCase('quarto-format', { epoch: undefined })
    utimesSync(join(first.dir, 'input.md'), new Date('2023-07-01T12:00:00Z'), new Date('2023-07-01T12:00:00Z'))
    await first.run()
    const [html, pptx] = [first.read('html'), first.read('pptx')]
    expect(html.toString()).toContain('2023-07-01')
    await first.run()
    expect(first.read('html').equals(html)).toBe(true)
    expect(first.read('pptx').equals(pptx)).toBe(true)
  })

  describe('placeholder frames in real renderers', () => {
    let session: ChromiumSession
    beforeAll(async () => {
      session = await launchChromium()
    }, 60_000)
    afterAll(async () => {
      await session.close()
    })

    test.each(Object.entries(placeholders))('%s: Chromium shows the alt text and source inside the frame, on the slide', async (name, { alt, src }) => {
      const built = await buildCase(name)
      const { page } = await openOffline(session, join(built.dir, 'out', 'input.html'))
      const frames = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.layar-placeholder')).map((element) => {
          const section = element.closest('section') as HTMLElement
          const label = element.querySelector('.layar-placeholder-label') as HTMLElement
          return {
            text: element.innerText,
            caption: element.parentElement?.querySelector('figcaption')?.textContent ?? '',
            inside: element.offsetLeft + element.offsetWidth <= 1280 && element.offsetTop + element.offsetHeight <= 720 && element.offsetLeft >= 0,
            labelFits: label.offsetTop >= 0 && label.offsetTop + label.offsetHeight <= element.offsetHeight + 1 && label.scrollWidth <= label.offsetWidth + 1,
            onSlide: section !== null,
          }
        }),
      )
      expect(frames).toHaveLength(1)
      expect(`${frames[0]?.text} ${frames[0]?.caption}`).toContain(alt)
      expect(frames[0]?.text).toContain(src)
      expect(frames[0]).toMatchObject({ inside: true, labelFits: true, onSlide: true })
    }, 60_000)

    test('LibreOffice shows every placeholder\'s alt text and source', async () => {
      for (const [name, { alt, src }] of Object.entries(placeholders)) {
        const built = await buildCase(name)
        const texts = pdfPageTexts(pptxToPdf(built.read('pptx'), `corpus-${name}`)).join('\n').replace(/\s+/g, ' ')
        expect(texts).toContain(alt)
        expect(texts).toContain(src)
      }
    }, 180_000)
  })
})
