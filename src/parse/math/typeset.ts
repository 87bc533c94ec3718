import { createRequire } from 'node:module'
import type { TypesetMath } from '../../model/index.js'

/** A formula the engine set, or why it could not. */
export type TypesetResult = { type: 'ok'; math: TypesetMath } | { type: 'error'; reason: string }

/** Typesets TeX with MathJax: one per build (it keeps the engine's document and a cache of formulas). */
export interface Typesetter {
  /** Typesets `tex` in display or text style. Never throws for bad TeX: it says why instead. */
  typeset: (tex: string, display: boolean) => TypesetResult
}

/**
 * Longest TeX source and deepest `{…}` nesting layar hands to MathJax.
 * MathJax parses recursively: a 27,000-character chain of nested `\frac{1}{…}`
 * overflows the stack after more than a second. Real formulas stay far below both.
 */
export const MAX_TEX_LENGTH = 4000
export const MAX_TEX_NESTING = 40

/** TeX packages: everything common in slides; none that loads files or renders unknown macros in red. */
const PACKAGES: readonly string[] = ['base', 'ams', 'newcommand', 'boldsymbol', 'cancel', 'color', 'mathtools', 'braket', 'upgreek', 'gensymb', 'textmacros']

interface MathJaxParts {
  mathjax: { document: (root: string, options: object) => MathDocument }
  TeX: new (options: object) => object
  SVG: new (options: object) => object
  liteAdaptor: () => LiteAdaptor
  RegisterHTMLHandler: (adaptor: LiteAdaptor) => unknown
  SerializedMmlVisitor: new () => { visitTree: (node: unknown) => string }
  STATE: { CONVERT: number }
}

interface MathDocument {
  convert: (tex: string, options: { display: boolean; end?: number }) => unknown
}

interface LiteAdaptor {
  firstChild: (node: unknown) => unknown
  getAttribute: (node: unknown, name: string) => string | null
  removeAttribute: (node: unknown, name: string) => void
  outerHTML: (node: unknown) => string
}

/**
 * MathJax 3's CommonJS modules, loaded on first use, so decks without math
 * never pay for them. Note: `createRequire` keeps them out of the CLI bundle
 * (esbuild bundles only literal `require()` calls); the bundle loads them
 * from `node_modules` like any installed package.
 */
function loadMathJax(): MathJaxParts {
  const load = createRequire(import.meta.url)
  return {
    mathjax: load('mathjax-full/js/mathjax.js').mathjax,
    TeX: load('mathjax-full/js/input/tex.js').TeX,
    SVG: load('mathjax-full/js/output/svg.js').SVG,
    liteAdaptor: load('mathjax-full/js/adaptors/liteAdaptor.js').liteAdaptor,
    RegisterHTMLHandler: load('mathjax-full/js/handlers/html.js').RegisterHTMLHandler,
    SerializedMmlVisitor: load('mathjax-full/js/core/MmlTree/SerializedMmlVisitor.js').SerializedMmlVisitor,
    STATE: load('mathjax-full/js/core/MathItem.js').STATE,
  }
}

/** Loads the TeX packages' configurations (they register themselves when required). */
function loadPackages(): void {
  const load = createRequire(import.meta.url)
  for (const name of PACKAGES.slice(1)) load(`mathjax-full/js/input/tex/${name}/${configurationFile(name)}.js`)
}

function configurationFile(name: string): string {
  const special: Record<string, string> = { ams: 'AmsConfiguration', newcommand: 'NewcommandConfiguration', textmacros: 'TextMacrosConfiguration' }
  return special[name] ?? `${name.charAt(0).toUpperCase()}${name.slice(1)}Configuration`
}

/** A MathJax TeX → SVG/MathML engine for one build; formulas seen before come from its cache. */
export function createTypesetter(): Typesetter {
  let engine: { doc: MathDocument; adaptor: LiteAdaptor; visitor: { visitTree: (node: unknown) => string }; end: number } | null = null
  const cache = new Map<string, TypesetResult>()
  const start = (): NonNullable<typeof engine> => {
    const parts = loadMathJax()
    loadPackages()
    const adaptor = parts.liteAdaptor()
    parts.RegisterHTMLHandler(adaptor)
    const tex = new parts.TeX({
      packages: PACKAGES,
      formatError: (_jax: unknown, error: Error) => {
        throw error
      },
    })
    const svg = new parts.SVG({ fontCache: 'none' })
    const doc = parts.mathjax.document('', { InputJax: tex, OutputJax: svg })
    return { doc, adaptor, visitor: new parts.SerializedMmlVisitor(), end: parts.STATE.CONVERT }
  }
  return {
    typeset(tex, display) {
      const key = `${display ? 'D' : 'T'}${tex}`
      const cached = cache.get(key)
      if (cached !== undefined) return cached
      const tooComplex = complexity(tex)
      const result: TypesetResult = tooComplex ?? run((engine ??= start()), tex, display)
      cache.set(key, result)
      return result
    },
  }
}

/** Why a formula is refused before the engine sees it, or `null`. */
function complexity(tex: string): TypesetResult | null {
  if (tex.length > MAX_TEX_LENGTH) return { type: 'error', reason: `the formula is ${tex.length} characters long, more than the ${MAX_TEX_LENGTH} layar typesets` }
  let depth = 0
  let deepest = 0
  for (let i = 0; i < tex.length; i++) {
    const char = tex[i]
    if (char === '\\') i++
    else if (char === '{') deepest = Math.max(deepest, ++depth)
    else if (char === '}') depth--
  }
  if (deepest > MAX_TEX_NESTING) return { type: 'error', reason: `its braces nest ${deepest} deep, more than the ${MAX_TEX_NESTING} layar typesets` }
  return null
}

function run(engine: { doc: MathDocument; adaptor: LiteAdaptor; visitor: { visitTree: (node: unknown) => string }; end: number }, tex: string, display: boolean): TypesetResult {
  try {
    const { doc, adaptor } = engine
    const container = doc.convert(tex, { display })
    const svg = adaptor.firstChild(container)
    const box = (adaptor.getAttribute(svg, 'viewBox') ?? '').split(' ').map(Number)
    const [, y = 0, w = 0, h = 0] = box
    for (const name of ['width', 'height', 'style', 'role', 'focusable']) adaptor.removeAttribute(svg, name)
    const mathml = engine.visitor.visitTree(doc.convert(tex, { display, end: engine.end }))
    // The viewBox is in thousandths of an em; its top is minus the height above the baseline.
    const math: TypesetMath = { svg: adaptor.outerHTML(svg), mathml, width: em(w), height: em(-y), depth: em(h + y) }
    return { type: 'ok', math }
  } catch (error) {
    // MathJax's TexError is not an Error, but has a message.
    const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error)
    return { type: 'error', reason: message }
  }
}

/** Thousandths of an em to em, rounded to 1/10,000 em so float noise stays out of the model. */
function em(thousandths: number): number {
  return Math.round(thousandths * 10) / 10_000
}
