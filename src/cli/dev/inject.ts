import { h } from 'hastscript'
import { toHtml } from 'hast-util-to-html'
import type { ElementContent } from 'hast'
import { NAV_STRIP_PX } from '../../render/html/theme-css.js'

/** The path the live-reload client script is served at. */
export const clientScriptPath = '/__layar/client.js'

/** The path of the live-reload event stream. */
export const eventsPath = '/__layar/events'

/**
 * The dev server's additions to the page: fixed "Download PPTX" and (with a
 * Chromium to print it) "Download PDF" links, in the strip below the slide
 * (never over it), and the live-reload client. Built as hast, so the deck name is escaped like any text.
 *
 * @param version the build number the page shows; the client sends it back so
 *   a page loaded just before a rebuild still learns that it is stale
 */
function devChrome(deckName: string, version: number, pdf: boolean): ElementContent[] {
  const links = [downloadLink(deckName, 'pptx', 12)]
  if (pdf) links.push(downloadLink(deckName, 'pdf', 144))
  return [...links, clientScript(version)]
}

function downloadLink(deckName: string, format: 'pptx' | 'pdf', left: number): ElementContent {
  return h(
    'a',
    {
      id: format === 'pptx' ? 'layar-dev-download' : 'layar-dev-download-pdf',
      href: `/${encodeURIComponent(deckName)}.${format}`,
      download: `${deckName}.${format}`,
      // In the strip below the slide that the deck keeps for controls (NAV_STRIP_PX), left of the arrows.
      style:
        `position:fixed;left:${left}px;bottom:${(NAV_STRIP_PX - 22) / 2}px;height:22px;box-sizing:border-box;z-index:2147483646;` +
        'padding:4px 8px;border-radius:4px;background:rgba(20,20,20,0.75);color:#fff;' +
        'font:600 12px/14px system-ui,sans-serif;text-decoration:none',
    },
    `Download ${format.toUpperCase()}`,
  )
}

function clientScript(version: number): ElementContent {
  return h('script', { src: clientScriptPath, dataVersion: String(version) })
}

/**
 * Adds the dev chrome to a deck for serving; the file in dist/ never gets it.
 * Note: the document is our own renderer's output, a complete page that ends
 * with one `</body>`, so inserting before the last `</body>` is exact. Parsing
 * the whole deck back into hast on every rebuild would cost more than the rest
 * of the HTML path for the same result.
 */
export function injectDevChrome(html: string, deckName: string, version: number, pdf = false): string {
  const chrome = toHtml(devChrome(deckName, version, pdf))
  const at = html.lastIndexOf('</body>')
  return at === -1 ? html + chrome : html.slice(0, at) + chrome + html.slice(at)
}

/** The page served before the deck has ever built: the client shows the problems over it. */
export function placeholderPage(deckName: string, version: number): string {
  const tree = h('html', { lang: 'en' }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', `layar dev: ${deckName}`)]),
    h('body', { style: 'font:16px/1.5 system-ui,sans-serif;margin:4rem' }, [
      h('h1', `layar dev: ${deckName}`),
      h('p', 'The deck has not built yet. Fix the problems listed on this page and save; it reloads by itself.'),
      clientScript(version),
    ]),
  ])
  return `<!doctype html>\n${toHtml(tree)}`
}
