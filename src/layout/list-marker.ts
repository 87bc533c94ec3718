import type { List, ListItem } from '../model/index.js'

/** Bullet characters by nesting level, repeating: "•", "–", "◦" (the rendering agreement). */
export const BULLETS = ['•', '–', '◦'] as const

/** GFM task-list boxes: an open item and a done one. */
export const TASK_BOXES = { open: '☐', done: '☑' } as const

/**
 * Fonts that have the task boxes, best first. The theme's body fonts
 * (Carlito, Calibri, Arimo) have no U+2610/U+2611, so the boxes are drawn in
 * a symbol font: PowerPoint gets the first (Windows and macOS Office have it),
 * the HTML the whole list; LibreOffice and browsers fall back to any font
 * with the glyph. Markers hang in the list indent and are never measured as
 * text, so the font cannot change the fit.
 */
export const SYMBOL_FONTS = ['Segoe UI Symbol', 'Segoe UI Emoji', 'DejaVu Sans'] as const

/**
 * What hangs before a list item's first paragraph, decided once for both
 * outputs: a bullet by nesting level, a task box for a GFM task item (in
 * ordered lists too), or a number (arabic, "1." style) that each output
 * counts itself from `number`.
 */
export type ListMarker =
  | { type: 'bullet'; char: string; level: number }
  | { type: 'task'; char: string; checked: boolean }
  | { type: 'number'; number: number }

/**
 * The marker of the `index`-th item of `list`, at list nesting `level`
 * (0-based: a list inside a list item is one deeper).
 *
 * @param bullets bullet characters by level, repeating (the theme's `bullets`); default `BULLETS`
 */
export function listItemMarker(list: List, item: ListItem, index: number, level: number, bullets: readonly string[] = BULLETS): ListMarker {
  if (item.checked !== null) return { type: 'task', char: item.checked ? TASK_BOXES.done : TASK_BOXES.open, checked: item.checked }
  if (list.ordered) return { type: 'number', number: list.start + index }
  const chars = bullets.length === 0 ? BULLETS : bullets
  const bullet = level % chars.length
  return { type: 'bullet', char: chars[bullet] ?? BULLETS[0], level: bullet % BULLETS.length }
}

/** The marker as plain text, as speaker notes write it ("•", "☐", "3."). */
export function markerText(marker: ListMarker): string {
  return marker.type === 'number' ? `${marker.number}.` : marker.char
}
