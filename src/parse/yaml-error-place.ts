import { Parser } from 'yaml'

/** CST token types that open a construct an error may only be noticed at the end of. */
const OPENERS = { quote: ['double-quoted-scalar', 'single-quoted-scalar'], flow: ['flow-collection'] } as const

/**
 * Where a YAML error is best shown, as offsets into `text`: the `yaml`
 * package reports an unclosed quote or flow collection (`"abc`, `[a, b`)
 * where it gave up, often the start of a later line; the author's mistake is
 * the opening quote or bracket, so the error moves there. Other errors keep
 * the package's own place.
 *
 * @param pos the error's `[from, to]` offsets from the `yaml` package
 */
export function yamlErrorPlace(text: string, message: string, pos: readonly [number, number]): [number, number] {
  const kind = /^Missing closing .?quote/u.test(message) ? 'quote' : /^Flow (?:sequence|map|collection)\b/u.test(message) ? 'flow' : null
  if (kind === null) return [pos[0], pos[1]]
  const wanted: readonly string[] = OPENERS[kind]
  let best: number | null = null
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item)
      return
    }
    if (typeof value !== 'object' || value === null) return
    const token = value as { type?: unknown; offset?: unknown }
    if (typeof token.type === 'string' && typeof token.offset === 'number' && wanted.includes(token.type) && token.offset <= pos[0]) {
      if (best === null || token.offset > best) best = token.offset
    }
    for (const child of Object.values(value)) if (typeof child === 'object') visit(child)
  }
  for (const token of new Parser().parse(text)) visit(token)
  return best === null ? [pos[0], pos[1]] : [best, best + 1]
}
