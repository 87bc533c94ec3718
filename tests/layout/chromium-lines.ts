import { chromium } from 'playwright-core'
import type { Inline } from '../../src/model/index.js'
import { fontSubsetFiles } from '../../src/layout/font-files.js'
import type { FontPair } from '../../src/theme/index.js'
import type { AgreementCase } from './agreement-corpus.js'
import { createLayoutCache } from '../../src/layout/layout-cache.js'

const FAMILY = 'LayarMeasure'

/** `@font-face` rules embedding every subset file of all four faces as data: URLs. */
function fontFaces(font: FontPair): string {
  const rules: string[] = []
  for (const weight of [400, 700] as const) {
    for (const style of ['normal', 'italic'] as const) {
      for (const file of fontSubsetFiles(font, { weight, style }, createLayoutCache())) {
        const url = `data:font/woff2;base64,${Buffer.from(file.woff2).toString('base64')}`
        rules.push(
          `@font-face{font-family:'${FAMILY}';font-weight:${weight};font-style:${style};src:url(${url}) format('woff2');unicode-range:${file.unicodeRange}}`,
        )
      }
    }
  }
  return rules.join('\n')
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function inlineHtml(nodes: readonly Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escape(node.value)
        case 'inlineCode':
          return `<code>${escape(node.value)}</code>`
        case 'break':
          return '<br>'
        case 'strong':
          return `<b>${inlineHtml(node.children)}</b>`
        case 'emphasis':
          return `<i>${inlineHtml(node.children)}</i>`
        case 'delete':
          return `<s>${inlineHtml(node.children)}</s>`
        case 'link':
          return `<a>${inlineHtml(node.children)}</a>`
      }
    })
    .join('')
}

/** Options of the page the paragraphs are rendered in. */
export interface RenderOptions {
  lineSpacing: number
  /** Extra CSS for every paragraph, e.g. `text-rendering: geometricPrecision`. */
  css?: string
}

/**
 * Renders each case as a div in Debian's Chromium (widths and sizes converted
 * from pt to CSS px) and returns how many lines each took.
 *
 * @throws Error if Chromium is not installed: the agreement test must not pass without it.
 */
export async function chromiumLineCounts(font: FontPair, cases: readonly AgreementCase[], options: RenderOptions): Promise<number[]> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  })
  try {
    const page = await browser.newPage()
    const divs = cases
      .map((c) => {
        const px = (pt: number): string => `${(pt * 4) / 3}px`
        const style = `width:${px(c.width)};font-size:${px(c.size)};line-height:${px(c.size * options.lineSpacing)}`
        return `<div class="p" style="${style}">${inlineHtml(c.inlines)}</div>`
      })
      .join('\n')
    const css = `body{margin:0} .p{font-family:'${FAMILY}';white-space:normal;overflow-wrap:break-word;padding:0;margin:0 0 8px 0;${options.css ?? ''}}`
    await page.setContent(`<!doctype html><html><head><style>${fontFaces(font)}\n${css}</style></head><body>${divs}</body></html>`)
    return await page.evaluate(async (family) => {
      await Promise.all(['400 normal', '700 normal', '400 italic', '700 italic'].map((f) => {
        const [weight, style] = f.split(' ')
        return document.fonts.load(`${style} ${weight} 16px '${family}'`, 'aÄ')
      }))
      await document.fonts.ready
      return Array.from(document.querySelectorAll<HTMLElement>('.p')).map((div) => {
        const lineHeight = Number.parseFloat(getComputedStyle(div).lineHeight)
        return Math.round(div.getBoundingClientRect().height / lineHeight)
      })
    }, FAMILY)
  } finally {
    await browser.close()
  }
}
