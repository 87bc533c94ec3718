import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { TreeTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import type { SlideBackgroundPlan } from '../plan/index.js'
import { elementsNamed } from '../xml-tree.js'

/**
 * Sets the crop and transparency of a slide's background picture: pptxgenjs
 * writes `<p:bg>` with an empty `<a:srcRect/>` (the picture stretched over
 * the slide) and has no option for either. The crop (`l t r b` in
 * thousandths of a percent) keeps the picture's aspect as the layout placed
 * it: a picture larger than the slide is cropped (`srcRect`), one smaller is
 * inset in the fill rectangle (`fillRect`); `<a:alphaModFix>` fades it.
 * Applies to slides planned with a picture background (`type: 'image'`).
 */
export const backgroundPicture: TreeTransform = {
  type: 'tree',
  name: 'background-picture',
  appliesTo: isSlidePart,
  transform(tree, { path, slide }) {
    const background = slide?.background
    if (background?.type !== 'image') return
    const fill = elementsNamed(tree, 'p:bg').flatMap((bg) => elementsNamed(bg, 'a:blipFill'))[0]
    if (fill === undefined) throw new Error(`pptx: ${path} is planned with a background picture but has no <p:bg> picture fill.`)
    fill.children = fill.children.map((child) => (child.type === 'element' ? fixed(child, background) : child))
  },
}

function fixed(child: Element, background: Extract<SlideBackgroundPlan, { type: 'image' }>): ElementContent {
  const per = (fraction: number): string => String(Math.round(fraction * 100000))
  const { l, t, r, b } = background.crop
  if (child.name === 'a:srcRect') return x('a:srcRect', { l: per(Math.max(0, l)), t: per(Math.max(0, t)), r: per(Math.max(0, r)), b: per(Math.max(0, b)) })
  if (child.name === 'a:stretch') return x('a:stretch', [x('a:fillRect', { l: per(Math.max(0, -l)), t: per(Math.max(0, -t)), r: per(Math.max(0, -r)), b: per(Math.max(0, -b)) })])
  if (child.name === 'a:blip' && background.transparency > 0) {
    const amount = String(Math.round((100 - background.transparency) * 1000))
    return { ...child, children: [x('a:alphaModFix', { amt: amount }), ...child.children.filter((inner) => !(inner.type === 'element' && inner.name === 'a:alphaModFix'))] }
  }
  return child
}
