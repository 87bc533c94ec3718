import { mml2omml } from 'mathml2omml'
import type { Element, ElementContent, Nodes } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { x } from 'xastscript'
import { serializeXmlPart } from '../xml-tree.js'
import { withFences } from './office-math-fences.js'
import { withOfficeVariants } from './office-math-variants.js'

/** The DrawingML 2010 namespace PowerPoint writes equations in (`a14:m`). */
export const A14 = 'http://schemas.microsoft.com/office/drawing/2010/main'
const M = 'http://schemas.openxmlformats.org/officeDocument/2006/math'

/**
 * A formula as PowerPoint writes an equation in a paragraph: `a14:m` holding
 * Office Math (converted from MathML by mathml2omml), in display math an
 * `m:oMathPara` centred as a group. Every math run gets `runProperties`
 * (size, colour, language and the math font) as its `a:rPr`, which is where
 * PowerPoint keeps them.
 *
 * @param mathml the formula's MathML
 * @param display whether it is display math
 * @param runProperties the `a:rPr` of the run the formula replaces
 */
export function officeMath(mathml: string, display: boolean, runProperties: Element): Element {
  const oMath = rootElement(mml2omml(preparedMathml(mathml)))
  withoutEmptyScripts(oMath)
  withScriptStyles(oMath)
  // Before operands move into sums: a bracket pair may straddle a sum's operand and what follows it.
  withFences(oMath)
  withOperands(oMath)
  withRunProperties(oMath, runProperties)
  const content = display
    ? x('m:oMathPara', { 'xmlns:m': M }, x('m:oMathParaPr', {}, x('m:jc', { 'm:val': 'centerGroup' })), oMath)
    : oMath
  // Note: xastscript reads an element passed right after the name as attributes; hence the `{}`.
  return x('a14:m', {}, content)
}

/**
 * The MathML as mathml2omml takes it: text styles it can write
 * (`withOfficeVariants`), and text escaped once more than XML needs.
 * Workaround: mathml2omml 0.5 decodes character references in text and
 * writes the text back unescaped (`\\rho < 1` gave `<m:t><1</m:t>`, which
 * is not XML).
 */
function preparedMathml(mathml: string): string {
  const tree = fromXml(mathml)
  withOfficeVariants(tree)
  const visit = (node: Nodes): void => {
    if (node.type === 'text') node.value = node.value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
    else if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(tree)
  return serializeXmlPart(tree)
}

/**
 * Moves the element after a large operator into the operator's empty base
 * (`m:nary/m:e`), as Word's MathML converter does: mathml2omml leaves it
 * empty (MathML has no operand in `munderover`), and Office then draws an
 * empty placeholder box beside `∑x`.
 */
function withOperands(node: Element): void {
  const children = node.children
  for (let i = 0; i < children.length; i++) {
    const child = children[i]
    if (child?.type !== 'element') continue
    withOperands(child)
    const base = child.name === 'm:nary' ? child.children.find((part): part is Element => part.type === 'element' && part.name === 'm:e') : undefined
    const next = children[i + 1]
    if (base !== undefined && base.children.length === 0 && next?.type === 'element') {
      base.children.push(next)
      children.splice(i + 1, 1)
    }
  }
}

/**
 * Unwraps a sub- or superscript whose script is empty (`m:sSup` with an empty
 * `m:sub`, which is not even its part) into its base. Workaround:
 * mathml2omml 0.5 writes `\bar{x}` (`<mover>` with `¯`) as `m:bar` around
 * such a script; PowerPoint draws an empty placeholder box there and
 * LibreOffice `¿¿`, so `(x_i-\bar{x})^2` showed `x̄¿¿`.
 */
function withoutEmptyScripts(node: Element): void {
  node.children = node.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child]
    withoutEmptyScripts(child)
    if (child.name !== 'm:sSup' && child.name !== 'm:sSub') return [child]
    const parts = child.children.filter((part): part is Element => part.type === 'element' && part.name !== 'm:sSupPr' && part.name !== 'm:sSubPr')
    const base = parts.find((part) => part.name === 'm:e')
    const scripts = parts.filter((part) => part !== base)
    const empty = scripts.every((script) => !script.children.some((inner) => inner.type === 'element'))
    return base !== undefined && empty ? base.children : [child]
  })
}

/**
 * A math run's style as the schema has it: ordinary text (`m:nor`) or a
 * math style (`m:sty`), never both. Workaround: mathml2omml 0.5 writes
 * `\\mathbf{A}` as `m:nor` and `m:sty b`, and an italic variant
 * (`\\mathit`) as `m:nor` with `w:i` in WordprocessingML properties (which
 * a slide does not read); both become the math style alone.
 */
function withScriptStyles(node: Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue
    if (child.name !== 'm:r') {
      withScriptStyles(child)
      continue
    }
    const properties = child.children.find((part): part is Element => part.type === 'element' && part.name === 'm:rPr')
    if (properties === undefined) continue
    const has = (parent: Element | undefined, name: string): boolean => parent?.children.some((part) => part.type === 'element' && part.name === name) === true
    const word = child.children.find((part): part is Element => part.type === 'element' && part.name === 'w:rPr')
    const style = has(properties, 'm:sty') ? null : has(word, 'w:b') ? (has(word, 'w:i') ? 'bi' : 'b') : has(word, 'w:i') ? 'i' : null
    if (!has(properties, 'm:sty') && style === null) continue
    properties.children = properties.children.flatMap((part): ElementContent[] => {
      if (part.type !== 'element' || part.name !== 'm:nor') return [part]
      return style === null ? [] : [x('m:sty', { 'm:val': style })]
    })
  }
}

function rootElement(xml: string): Element {
  const root = fromXml(xml).children.find((node): node is Element => node.type === 'element')
  if (root === undefined) throw new Error('pptx: mathml2omml returned no element.')
  return root
}

/** Puts a copy of `properties` into every `m:r` (after `m:rPr`), dropping WordprocessingML run properties. */
function withRunProperties(node: Element, properties: Element): void {
  if (node.name === 'm:r') {
    const children = node.children.filter((child) => !(child.type === 'element' && child.name === 'w:rPr'))
    const at = children.findIndex((child) => child.type === 'element' && child.name === 'm:rPr') + 1
    children.splice(at, 0, structuredClone(properties))
    node.children = children
    return
  }
  for (const child of node.children) if (child.type === 'element') withRunProperties(child, properties)
}

/**
 * The `a:rPr` a formula's runs get: the replaced run's language, size and
 * fill, in Cambria Math, neither bold nor italic (Office Math italicises
 * variables itself).
 */
export function mathRunProperties(runProperties: Element | undefined): Element {
  const attributes: Record<string, string> = {}
  for (const name of ['lang', 'sz']) {
    const value = runProperties?.attributes[name]
    if (typeof value === 'string') attributes[name] = value
  }
  const fill = runProperties?.children.filter((child): child is Element => child.type === 'element' && child.name === 'a:solidFill') ?? []
  const children: ElementContent[] = [...fill.map((element) => structuredClone(element)), x('a:latin', { typeface: 'Cambria Math' })]
  return x('a:rPr', attributes, children)
}
