import type { Element, ElementContent, Root, RootContent } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { x } from 'xastscript'
import type { SlideBackgroundPlan } from './plan/index.js'
import { serializeXmlPart } from './xml-tree.js'

/**
 * Sets the crop and transparency of a slide's background picture on the
 * slide XML tree: pptxgenjs writes `<p:bg>` with an empty `<a:srcRect/>` (the
 * picture stretched over the slide) and has no option for either. The crop
 * (`l t r b` in thousandths of a percent, negative for `contain`) keeps the
 * picture's aspect as the layout placed it; `<a:alphaModFix>` fades it.
 *
 * @param xml one slide part as pptxgenjs wrote it
 * @param background the slide's planned picture background
 * @returns the slide part, re-serialised only when it has a background picture
 */
export function fixBackgroundPicture(xml: string, background: Extract<SlideBackgroundPlan, { type: 'image' }>): string {
  const tree = fromXml(xml)
  const fill = find(tree, (node) => node.name === 'a:blipFill' && within(tree, node, 'p:bg'))
  if (fill === null) throw new Error('pptx post-process: a slide planned with a background picture has no <p:bg> picture fill.')
  const per = (fraction: number): string => String(Math.round(fraction * 100000))
  const { l, t, r, b } = background.crop
  // A picture larger than the slide is cropped (`srcRect`); one smaller is inset in the fill rectangle (`fillRect`).
  const crop = { l: per(Math.max(0, l)), t: per(Math.max(0, t)), r: per(Math.max(0, r)), b: per(Math.max(0, b)) }
  const inset = { l: per(Math.max(0, -l)), t: per(Math.max(0, -t)), r: per(Math.max(0, -r)), b: per(Math.max(0, -b)) }
  fill.children = fill.children.map((child): ElementContent => {
    if (child.type !== 'element') return child
    if (child.name === 'a:srcRect') return x('a:srcRect', crop)
    if (child.name === 'a:stretch') return x('a:stretch', [x('a:fillRect', inset)])
    if (child.name === 'a:blip' && background.transparency > 0) {
      const amount = String(Math.round((100 - background.transparency) * 1000))
      return { ...child, children: [x('a:alphaModFix', { amt: amount }), ...child.children.filter((inner) => !(inner.type === 'element' && inner.name === 'a:alphaModFix'))] }
    }
    return child
  })
  return serializeXmlPart(tree)
}

function find(root: Root, test: (node: Element) => boolean): Element | null {
  const stack: Array<Root | RootContent> = [root]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.type === 'element' && test(node)) return node
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as RootContent)
  }
  return null
}

function within(root: Root, target: Element, ancestor: string): boolean {
  const bg = find(root, (node) => node.name === ancestor)
  return bg !== null && find({ type: 'root', children: [bg] }, (node) => node === target) !== null
}
