import type { LaidOutDeck } from '../../src/layout/laid-out.js'
import { chrome, meta, para, pos, sampleDeck, text, textFrame } from './sample-deck.js'

/** Text that tries to run script if any renderer path lets it become markup. */
export const SCRIPT_PAYLOAD = '</script><script>window.__xss=1</script>'
export const IMG_PAYLOAD = '<img src=x onerror="window.__xss=1">'

/** A deck whose every piece of text tries to break out of its element. */
export function hostileDeck(): LaidOutDeck {
  const deck = sampleDeck()
  const c = chrome(SCRIPT_PAYLOAD)
  return {
    ...deck,
    meta: meta({ title: `Judul ${SCRIPT_PAYLOAD}`, subtitle: IMG_PAYLOAD }),
    chrome: { ...c, footer: c.footer && { ...c.footer, text: IMG_PAYLOAD } },
    slides: [
      ...deck.slides,
      {
        layout: 'content',
        title: { box: { x: 48, y: 42, w: 864, h: 56 }, fontSize: 30, lineHeight: 36, align: 'left', lines: 1, inlines: [text(SCRIPT_PAYLOAD)] },
        fit: { type: 'fits' },
        position: pos,
        notes: [para(text(IMG_PAYLOAD)), para(text(SCRIPT_PAYLOAD))],
        frames: [
          textFrame([
            para(text(IMG_PAYLOAD)),
            para({ type: 'link', url: 'javascript:window.__xss=1', title: '" onmouseover="window.__xss=1', children: [text('bahaya')], position: pos }),
            para({ type: 'link', url: ' JaVa\tScRiPt:window.__xss=1', title: null, children: [text('bahaya 2')], position: pos }),
            para({ type: 'link', url: 'https://example.org/?q="><script>window.__xss=1</script>', title: null, children: [text(SCRIPT_PAYLOAD)], position: pos }),
            para({ type: 'inlineCode', value: SCRIPT_PAYLOAD, position: pos }),
          ], { x: 48, y: 110, w: 864, h: 380 }, 14),
        ],
      },
    ],
  }
}
