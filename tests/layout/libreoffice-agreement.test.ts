import { describe, expect, it } from 'vitest'
import { loadFaceSet } from '../../src/layout/font-metrics.js'
import { themeFaces } from '../../src/layout/context.js'
import { chromeOf } from '../../src/layout/chrome.js'
import type { BodyLayout, LaidOutDeck } from '../../src/layout/index.js'
import { breakText } from '../../src/layout/measure.js'
import { preparedInlines } from '../../src/layout/runs.js'
import { deckToPptx } from '../../src/render/pptx/index.js'
import { pptxToPdf } from '../support/libreoffice.js'
import { layoutTestTheme } from '../support/theme.js'
import { agreementCases, type AgreementCase } from './agreement-corpus.js'
import { meta } from './deck-builder.js'
import { pdfLines } from './libreoffice-lines.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'

const theme = layoutTestTheme()
const CASES = 300
/** Frames start here and must end above the footer band, so chrome never mixes with their lines. */
const TOP = 20
const ROOM = 470

const zero = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }

/** One slide per paragraph: a text frame at the case's width and size, as tall as layar predicts. */
function agreementDeck(cases: ReadonlyArray<AgreementCase & { lines: number }>): LaidOutDeck {
  const deckMeta = meta()
  const slides = cases.map((c): BodyLayout => {
    const lineHeight = Math.round(c.size * theme.lineSpacing * 100) / 100
    return {
      layout: 'content',
      title: null,
      fit: { type: 'fits' },
      notes: [],
      position: zero,
      frames: [
        {
          type: 'text',
          box: { x: 40, y: TOP, w: c.width, h: Math.round(c.lines * lineHeight * 100) / 100 },
          fontSize: c.size,
          lineHeight,
          paragraphSpacing: 0,
          listIndent: theme.listIndent,
          blocks: [{ type: 'paragraph', children: c.inlines, position: zero }],
        },
      ],
    }
  })
  return { meta: deckMeta, canvas: { width: 960, height: 540 }, chrome: chromeOf(deckMeta, theme, themeFaces(theme, createLayoutCache())).chrome, slides }
}

/** Distinct baselines of the lines LibreOffice drew inside the frames' band, per page. */
function linesPerPage(pdf: string, pages: number): number[] {
  const counts = new Array<number>(pages).fill(0)
  const tops = new Map<number, number[]>()
  for (const line of pdfLines(pdf)) {
    if (line.yMin < TOP - 10 || line.yMin > TOP + ROOM) continue
    const seen = tops.get(line.page) ?? []
    // Pieces of one visual line (a face change can start a new pdftotext line) share a top.
    if (!seen.some((y) => Math.abs(y - line.yMin) < 2)) seen.push(line.yMin)
    tops.set(line.page, seen)
  }
  for (const [page, seen] of tops) if (page >= 0 && page < pages) counts[page] = seen.length
  return counts
}

describe('line breaking agrees with LibreOffice (PPTX → PDF)', () => {
  it(`predicts the line count of ${CASES} generated paragraphs as LibreOffice draws them from the PPTX`, async () => {
    const fonts = { text: loadFaceSet(theme.fonts.body, createLayoutCache()), mono: loadFaceSet(theme.fonts.mono, createLayoutCache()) }
    // The Chromium corpus (other seed), keeping paragraphs that fit one slide's room.
    const cases = agreementCases(CASES * 2, 20261126)
      .map((c) => ({ ...c, lines: breakText(preparedInlines(c.inlines, fonts, { bold: false, italic: false }), c.size, c.width).length }))
      .filter((c) => c.lines * c.size * theme.lineSpacing <= ROOM)
      .slice(0, CASES)
    expect(cases).toHaveLength(CASES)
    const pptx = await deckToPptx(agreementDeck(cases), theme, {}, { modified: new Date(Date.UTC(2026, 10, 25)) })
    const drawn = linesPerPage(pptxToPdf(pptx, 'agreement'), cases.length)
    const agree = cases.filter((c, i) => c.lines === drawn[i]).length
    const fewer = Math.max(...cases.map((c, i) => (drawn[i] ?? 0) - c.lines))
    const more = Math.max(...cases.map((c, i) => c.lines - (drawn[i] ?? 0)))
    const share = agree / cases.length
    console.info(
      `layout/LibreOffice line-count agreement: ${agree}/${cases.length} paragraphs (${(share * 100).toFixed(2)} %); ` +
        `LibreOffice drew at most ${fewer} line(s) more and ${more} fewer than predicted`,
    )
    const mismatches = cases.flatMap((c, i) => (c.lines === drawn[i] ? [] : [`#${i} ${c.size}pt ${c.width}pt: ${c.lines} predicted, ${drawn[i]} drawn`]))
    if (mismatches.length > 0) console.info(mismatches.slice(0, 20).join('\n'))
    expect(share).toBeGreaterThanOrEqual(0.95)
    expect(fewer).toBeLessThanOrEqual(1)
  })
})
