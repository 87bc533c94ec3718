import type { Element, ElementContent } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { select, selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { findAll, type PptxPackage, type XmlElement } from './pptx.js'

/** One slide as a viewer of one output sees it. */
export interface BuiltSlide {
  /** The layout: HTML `data-layout` (`title`, `section`, `content`, `twoColumn` …); PPTX the slide layout's name (`Title Slide` …). */
  layout: string
  /** The slide title as drawn ('' when the slide has none). */
  title: string
  /** The content's paragraphs, list items and table cells in reading order; no title, chrome or notes. */
  body: string[]
  /** The list items (bullets and numbers) among `body`, in order. */
  items: string[]
  /** Where each numbered list starts, in order (e.g. `[1, 6]`). */
  numberedStarts: number[]
  /** How many tables the slide has. */
  tables: number
  /** How many separate text boxes hold the content (two for a two-column slide). */
  contentBoxes: number
  /** The speaker notes' paragraphs; in the HTML a numbered item starts with its number, as the browser shows it. */
  notes: string[]
}

/** What the HTML deck shows: its slides, and the page's text, language, title and banners. */
export interface HtmlDeck {
  /** The text of every slide section (chrome and notes included). */
  text: string
  lang: string
  title: string
  slides: BuiltSlide[]
  /** The classification banners' texts on each slide. */
  banners: string[][]
}

/** Whitespace folded to single spaces. */
export function fold(text: string): string {
  return text.replace(/\s+/gu, ' ').trim()
}

function classesOf(node: Element): string[] {
  const value = node.properties.className
  return Array.isArray(value) ? value.map(String) : []
}

/** Reads a reveal.js deck written by layar, slide by slide. */
export function htmlDeck(html: string): HtmlDeck {
  const tree = fromHtml(html)
  const sections = selectAll('.reveal > .slides > section', tree)
  return {
    text: sections.map((section) => toText(section)).join('\n'),
    lang: String(select('html', tree)?.properties.lang ?? ''),
    title: fold(toText(select('head > title', tree) ?? { type: 'root', children: [] })),
    slides: sections.map(htmlSlide),
    banners: sections.map((section) => selectAll('.layar-banner', section).map((node) => fold(toText(node)))),
  }
}

// Every element that holds a line of slide text: paragraphs, items, terms, cells, code, captions, callout titles, a missing picture's label.
const blockSelector = 'p, li, dt, th, td, pre, h1, h2, h3, h4, h5, h6, figcaption, .layar-callout-title, .layar-placeholder-label'

/**
 * Paragraphs, list items and table cells of an HTML subtree, innermost blocks
 * only, in document order. With `numbers`, the first block of each item of an
 * `ol` starts with the number the browser draws for it (`6. `).
 */
function htmlBlocks(node: Element, numbers = false): string[] {
  const innermost = (block: Element): boolean =>
    !block.children.some((child) => child.type === 'element' && select(blockSelector, child) !== undefined)
  const prefixes = new Map<Element, string>()
  if (numbers) {
    for (const list of selectAll('ol', node)) {
      const start = Number(list.properties.start ?? 1)
      const items = list.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
      items.forEach((item, index) => {
        const first = selectAll(blockSelector, item).find(innermost)
        if (first !== undefined) prefixes.set(first, `${start + index}. `)
      })
    }
  }
  return selectAll(blockSelector, node)
    .filter(innermost)
    .map((block) => fold((prefixes.get(block) ?? '') + toText(block)))
    .filter((text) => text !== '')
}

function htmlSlide(section: Element): BuiltSlide {
  const children = section.children.filter((child: ElementContent): child is Element => child.type === 'element')
  const content = children.filter((child) => {
    const classes = classesOf(child)
    return !classes.includes('layar-chrome') && !classes.includes('layar-title') && child.tagName !== 'aside'
  })
  const title = children.find((child) => classesOf(child).includes('layar-title'))
  const notes = children.find((child) => child.tagName === 'aside' && classesOf(child).includes('notes'))
  return {
    layout: String(section.properties.dataLayout ?? ''),
    title: title === undefined ? '' : fold(toText(title)),
    body: content.flatMap((box) => htmlBlocks(box)),
    items: content.flatMap((box) => selectAll('li', box).map((item) => fold(toText(item)))),
    numberedStarts: content.flatMap((box) => selectAll('ol', box).map((list) => Number(list.properties.start ?? 1))),
    tables: content.reduce((sum, box) => sum + selectAll('table', box).length, 0),
    contentBoxes: content.filter((box) => htmlBlocks(box).length > 0).length,
    notes: notes === undefined ? [] : htmlBlocks(notes, true),
  }
}

/** Placeholder types the theme's chrome uses: never part of a slide's content. */
const chromePlaceholders = new Set(['ftr', 'sldNum', 'dt'])
const titlePlaceholders = new Set(['title', 'ctrTitle'])

function placeholderOf(shape: XmlElement): string | null {
  const ph = findAll(shape, 'p:ph')[0]
  return ph === undefined ? null : (ph.attrs.type ?? 'body')
}

/** A DrawingML paragraph's text, a line break (`a:br`) read as a space. */
function paragraphText(paragraph: XmlElement): string {
  const text = (element: XmlElement): string =>
    element.children
      .map((child) => {
        if (typeof child === 'string') return element.name === 'a:t' ? child : ''
        return child.name === 'a:br' ? ' ' : text(child)
      })
      .join('')
  return fold(text(paragraph))
}

/** Reads one slide part of a PPTX written by layar. */
export function pptxSlide(pkg: PptxPackage, path: string): BuiltSlide {
  const tree = findAll(pkg.xml(path), 'p:spTree')[0]
  const shapes = (tree?.children ?? []).filter((child): child is XmlElement => typeof child !== 'string' && /^p:(sp|graphicFrame|grpSp|pic)$/u.test(child.name))
  const titleShape = shapes.find((shape) => titlePlaceholders.has(placeholderOf(shape) ?? ''))
  const content = shapes.filter((shape) => shape !== titleShape && !chromePlaceholders.has(placeholderOf(shape) ?? ''))
  const paragraphs = content.flatMap((shape) => findAll(shape, 'a:p'))
  const isItem = (paragraph: XmlElement): boolean => findAll(paragraph, 'a:buChar').length + findAll(paragraph, 'a:buAutoNum').length > 0
  const notesPath = pkg.notesOf(path)
  const notesBody = notesPath === null ? undefined : findAll(pkg.xml(notesPath), 'p:sp').find((shape) => placeholderOf(shape) === 'body')
  const layoutPath = pkg.rels(path).find((rel) => rel.type.endsWith('/slideLayout'))?.path
  return {
    layout: layoutPath == null ? '' : (findAll(pkg.xml(layoutPath), 'p:cSld')[0]?.attrs.name ?? ''),
    title: titleShape === undefined ? '' : fold(findAll(titleShape, 'a:p').map(paragraphText).join(' ')),
    body: paragraphs.map(paragraphText).filter((text) => text !== ''),
    items: paragraphs.filter(isItem).map(paragraphText),
    numberedStarts: numberedStarts(paragraphs),
    tables: content.reduce((sum, shape) => sum + findAll(shape, 'a:tbl').length, 0),
    contentBoxes: content.filter((shape) => findAll(shape, 'a:p').some((p) => paragraphText(p) !== '')).length,
    notes: notesBody === undefined ? [] : findAll(notesBody, 'a:p').map(paragraphText).filter((text) => text !== ''),
  }
}

/**
 * The start of each run of auto-numbered paragraphs, read as PowerPoint does:
 * a paragraph continues the number of the numbered paragraph before it unless
 * it names its own `startAt`.
 */
function numberedStarts(paragraphs: XmlElement[]): number[] {
  const starts: number[] = []
  let previousNumbered = false
  for (const paragraph of paragraphs) {
    const number = findAll(paragraph, 'a:buAutoNum')[0]
    if (number !== undefined && (!previousNumbered || number.attrs.startAt !== undefined)) starts.push(Number(number.attrs.startAt ?? 1))
    previousNumbered = number !== undefined
  }
  return starts
}
