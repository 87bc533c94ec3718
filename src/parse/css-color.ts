/**
 * CSS colours as authors write them in `background-color` attributes, to six
 * hex digits (what both outputs draw with). Covers `#rgb`, `#rrggbb`,
 * `#rgba`/`#rrggbbaa` (alpha reported, not kept), `rgb()`/`rgba()` and the
 * CSS named colours decks use most; anything else is null, and the caller
 * says so. A hand-written table because no runtime dependency of layar
 * parses CSS colours, and pulling one in for a few dozen names is not worth it.
 */

/** A colour read from CSS: six uppercase hex digits, and whether an alpha below 1 was dropped. */
export interface CssColor {
  hex: string
  translucent: boolean
}

const NAMED: Readonly<Record<string, string>> = {
  black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', blue: '0000FF', yellow: 'FFFF00',
  orange: 'FFA500', purple: '800080', gray: '808080', grey: '808080', silver: 'C0C0C0', maroon: '800000',
  navy: '000080', teal: '008080', olive: '808000', lime: '00FF00', aqua: '00FFFF', cyan: '00FFFF',
  fuchsia: 'FF00FF', magenta: 'FF00FF', darkred: '8B0000', darkblue: '00008B', darkgreen: '006400',
  darkgray: 'A9A9A9', darkgrey: 'A9A9A9', dimgray: '696969', dimgrey: '696969', lightgray: 'D3D3D3',
  lightgrey: 'D3D3D3', gainsboro: 'DCDCDC', whitesmoke: 'F5F5F5', midnightblue: '191970',
  darkslategray: '2F4F4F', darkslategrey: '2F4F4F', slategray: '708090', steelblue: '4682B4',
  royalblue: '4169E1', cornflowerblue: '6495ED', lightblue: 'ADD8E6', skyblue: '87CEEB',
  firebrick: 'B22222', crimson: 'DC143C', tomato: 'FF6347', gold: 'FFD700', khaki: 'F0E68C',
  beige: 'F5F5DC', ivory: 'FFFFF0', linen: 'FAF0E6', lavender: 'E6E6FA', indigo: '4B0082',
  darkorange: 'FF8C00', forestgreen: '228B22', seagreen: '2E8B57', lightgreen: '90EE90',
  darkcyan: '008B8B', chocolate: 'D2691E', brown: 'A52A2A', tan: 'D2B48C', pink: 'FFC0CB',
  salmon: 'FA8072', coral: 'FF7F50', aliceblue: 'F0F8FF', honeydew: 'F0FFF0', mintcream: 'F5FFFA',
}

/**
 * Reads a CSS colour.
 *
 * @param written the attribute value, as written
 * @returns the colour, or null when it is not one layar reads
 */
export function cssColor(written: string): CssColor | null {
  const value = written.trim().toLowerCase()
  const named = NAMED[value]
  if (named !== undefined) return { hex: named, translucent: false }
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1]
  if (hex !== undefined) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex
    return { hex: full.slice(0, 6).toUpperCase(), translucent: full.length === 8 && full.slice(6) !== 'ff' }
  }
  const rgb = /^rgba?\(\s*([0-9.]+%?)\s*[, ]\s*([0-9.]+%?)\s*[, ]\s*([0-9.]+%?)\s*(?:[,/]\s*([0-9.]+%?)\s*)?\)$/.exec(value)
  if (rgb === null) return null
  const channels = [rgb[1], rgb[2], rgb[3]].map((part) => channel(part ?? ''))
  if (channels.some((part) => part === null)) return null
  const alpha = rgb[4] === undefined ? 1 : fraction(rgb[4])
  const digits = channels.map((part) => (part ?? 0).toString(16).padStart(2, '0')).join('')
  return { hex: digits.toUpperCase(), translucent: alpha < 1 }
}

function channel(part: string): number | null {
  const number = Number.parseFloat(part)
  if (!Number.isFinite(number)) return null
  const scaled = part.endsWith('%') ? (number / 100) * 255 : number
  return scaled > 255 ? null : Math.round(scaled)
}

function fraction(part: string): number {
  const number = Number.parseFloat(part)
  return part.endsWith('%') ? number / 100 : number
}
