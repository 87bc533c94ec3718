import type { Page } from 'playwright-core'

/**
 * The handout's page in CSS px (96 per inch): PowerPoint's notes page,
 * 7.5 × 10 in portrait, with the slide 6.5 in wide at the top and the
 * notes below it, 0.5 in margins.
 */
export const HANDOUT = {
  width: 720,
  height: 960,
  margin: 48,
  slideWidth: 624,
  slideHeight: 351,
  /** Top of the notes on a page that carries a slide. */
  notesTop: 48 + 351 + 32,
} as const

/**
 * Turns the open print view into the handout's pages, in the page itself:
 * one page per slide with its notes below the (empty) slide area, and
 * further notes-only pages where a slide's notes do not fit under it. The
 * notes are the deck's own `<aside class="notes">` (the first part of a split
 * slide holds them; later parts have none), drawn in the deck's body font.
 *
 * @returns for each handout page, the deck slide (0-based) to draw at its top, or `null` for a notes-only page
 */
export async function layOutHandout(page: Page): Promise<Array<number | null>> {
  return page.evaluate((size) => {
    const slides = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides .pdf-page > section'))
    const sample = document.querySelector('.reveal .slides section p, .reveal .slides section li') ?? document.body
    const font = getComputedStyle(sample).fontFamily
    const style = document.createElement('style')
    style.textContent = [
      `@page { size: ${size.width}px ${size.height}px; margin: 0 }`,
      'html, body { margin: 0 !important; padding: 0 !important; width: auto !important; height: auto !important; overflow: visible !important; background: #fff !important; }',
      '.reveal { display: none !important; }',
      `.layar-handout-page { position: relative; width: ${size.width}px; height: ${size.height}px; overflow: hidden; break-after: page; }`,
      `.layar-handout-notes { position: absolute; left: ${size.margin}px; width: ${size.slideWidth}px; overflow: hidden; font-family: ${font}; font-size: 16px; line-height: 1.35; color: #000; }`,
      '.layar-handout-notes p, .layar-handout-notes ul, .layar-handout-notes ol, .layar-handout-notes blockquote { margin: 0 0 8px 0; }',
      '.layar-handout-notes ul, .layar-handout-notes ol { padding-left: 24px; }',
    ].join('\n')
    document.head.appendChild(style)
    document.documentElement.classList.remove('reveal-print', 'print-pdf')
    const root = document.createElement('div')
    document.body.appendChild(root)
    const owners: Array<number | null> = []

    const newPage = (owner: number | null): HTMLElement => {
      const sheet = document.createElement('div')
      sheet.className = 'layar-handout-page'
      const notes = document.createElement('div')
      notes.className = 'layar-handout-notes'
      const top = owner === null ? size.margin : size.notesTop
      notes.style.top = `${top}px`
      notes.style.height = `${size.height - top - size.margin}px`
      sheet.appendChild(notes)
      root.appendChild(sheet)
      owners.push(owner)
      return notes
    }
    const overflows = (box: HTMLElement): boolean => box.scrollHeight > box.clientHeight + 0.5

    slides.forEach((slide, index) => {
      let box = newPage(index)
      const aside = slide.querySelector('aside.notes')
      const queue = aside ? Array.from(aside.children).map((child) => child.cloneNode(true) as HTMLElement) : []
      while (queue.length > 0) {
        const block = queue.shift() as HTMLElement
        box.appendChild(block)
        if (!overflows(box)) continue
        const alone = box.childElementCount === 1
        if (!alone) {
          block.remove()
          box = newPage(null)
          queue.unshift(block)
          continue
        }
        if ((block.tagName === 'UL' || block.tagName === 'OL') && block.children.length > 1) {
          // A list longer than a page continues on the next one, numbering kept.
          const rest = block.cloneNode(false) as HTMLElement
          const start = Number(block.getAttribute('start') ?? '1')
          while (overflows(box) && block.children.length > 1) rest.prepend(block.lastElementChild as Element)
          if (block.tagName === 'OL') rest.setAttribute('start', String(start + block.children.length))
          box = newPage(null)
          queue.unshift(rest)
          continue
        }
        // One paragraph longer than a page: smaller type rather than text cut off.
        let px = 16
        while (overflows(box) && px > 7) box.style.fontSize = `${(px -= 1)}px`
      }
    })
    return owners
  }, HANDOUT)
}
