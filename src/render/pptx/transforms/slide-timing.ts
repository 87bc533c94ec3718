import type { Element } from 'xast'
import { x } from 'xastscript'
import type { TreeTransform } from '../part-transforms.js'
import { isSlidePart } from '../part-paths.js'
import { slideClicks, type ClickTarget } from '../plan/clicks.js'
import { clickEffect } from './click-effects.js'
import { childElement, childElements, documentElement, elementsNamed } from '../xml-tree.js'

/**
 * Click-by-click builds as PowerPoint's own animations: on each click
 * (`plan/clicks.ts`) its shapes or paragraphs "Appear" (or play the effect
 * of their fragment style), the first as the click's effect and the others with it. Written as PowerPoint (and
 * pandoc's PowerPoint writer, `Output.hs` `incrementalAnimation`) write
 * them: one main sequence of `p:par` click groups in `p:timing`, and in
 * `p:bldLst` a `p:bldP` per animated text shape, `build="p"` where its
 * paragraphs appear one by one. Slides without builds get no `p:timing`.
 */
export const slideTiming: TreeTransform = {
  type: 'tree',
  name: 'slide-timing',
  appliesTo: isSlidePart,
  transform(tree, { path, slide }) {
    if (slide === undefined) throw new Error(`pptx: ${path} is not in the plan.`)
    const clicks = slideClicks(slide)
    if (clicks.length === 0) return
    const root = documentElement(tree)
    const shapes = shapesByName(root)
    const timing = timingElement(clicks, (name) => {
      const shape = shapes.get(name)
      if (shape === undefined) throw new Error(`pptx: ${path} has no shape \`${name}\` to animate.`)
      return shape
    })
    // CT_Slide: cSld, clrMapOvr, transition, timing, extLst.
    const at = root.children.findIndex((child) => child.type === 'element' && child.name === 'p:extLst')
    if (at === -1) root.children.push(timing)
    else root.children.splice(at, 0, timing)
  },
}

/** A drawn shape: its id (`p:cNvPr id`) and, for text shapes, how many paragraphs it holds. */
interface DrawnShape {
  id: string
  kind: 'text' | 'other'
  paragraphs: number
}

/** The slide's shapes by name (the first of a name wins: a formula shape's fallback repeats its id and name). */
function shapesByName(root: Element): Map<string, DrawnShape> {
  const shapes = new Map<string, DrawnShape>()
  const spTree = childElement(childElement(root, 'p:cSld') ?? root, 'p:spTree')
  if (spTree === undefined) return shapes
  for (const kind of ['p:sp', 'p:pic', 'p:graphicFrame']) {
    for (const shape of elementsNamed(spTree, kind)) {
      const properties = elementsNamed(shape, 'p:cNvPr')[0]
      const name = properties?.attributes.name
      const id = properties?.attributes.id
      if (typeof name !== 'string' || typeof id !== 'string' || shapes.has(name)) continue
      const body = kind === 'p:sp' ? childElement(shape, 'p:txBody') : undefined
      shapes.set(name, { id, kind: body === undefined ? 'other' : 'text', paragraphs: body === undefined ? 0 : childElements(body).filter((p) => p.name === 'a:p').length })
    }
  }
  return shapes
}

/** `<p:timing>` for the clicks. */
function timingElement(clicks: readonly ClickTarget[][], shapeOf: (name: string) => DrawnShape): Element {
  let id = 2
  const next = (): string => String(++id)
  const groups = clicks.map((targets) => {
    const group = next()
    const inner = next()
    const effects = targets.map((target, index) => effect(target, shapeOf(target.shape), index === 0, next))
    return x('p:par', [
      x('p:cTn', { id: group, fill: 'hold' }, [
        x('p:stCondLst', [x('p:cond', { delay: 'indefinite' })]),
        x('p:childTnLst', [x('p:par', [x('p:cTn', { id: inner, fill: 'hold' }, [x('p:stCondLst', [x('p:cond', { delay: '0' })]), x('p:childTnLst', effects)])])]),
      ]),
    ])
  })
  const slideTarget = (): Element => x('p:tgtEl', [x('p:sldTgt')])
  return x('p:timing', [
    x('p:tnLst', [
      x('p:par', [
        x('p:cTn', { id: '1', dur: 'indefinite', restart: 'never', nodeType: 'tmRoot' }, [
          x('p:childTnLst', [
            x('p:seq', { concurrent: '1', nextAc: 'seek' }, [
              x('p:cTn', { id: '2', dur: 'indefinite', nodeType: 'mainSeq' }, [x('p:childTnLst', groups)]),
              x('p:prevCondLst', [x('p:cond', { evt: 'onPrev', delay: '0' }, [slideTarget()])]),
              x('p:nextCondLst', [x('p:cond', { evt: 'onNext', delay: '0' }, [slideTarget()])]),
            ]),
          ]),
        ]),
      ]),
    ]),
    x('p:bldLst', buildList(clicks.flat(), shapeOf)),
  ])
}

/** One click effect (`click-effects.ts`), checked against the shape it animates. */
function effect(target: ClickTarget, shape: DrawnShape, first: boolean, next: () => string): Element {
  if (target.paragraph !== null && target.paragraph >= shape.paragraphs) {
    throw new Error(`pptx: shape ${shape.id} has no paragraph ${target.paragraph} to animate.`)
  }
  return clickEffect(target.effect, { spid: shape.id, paragraph: target.paragraph }, first, next)
}

/**
 * One `p:bldP` per animated text shape, as PowerPoint writes them: by
 * paragraph (`build="p"`) or as one object with its fill (`animBg`).
 * Pictures and tables need none.
 */
function buildList(targets: readonly ClickTarget[], shapeOf: (name: string) => DrawnShape): Element[] {
  const byParagraph = new Map<string, boolean>()
  for (const target of targets) {
    if (shapeOf(target.shape).kind !== 'text') continue
    byParagraph.set(target.shape, (byParagraph.get(target.shape) ?? false) || target.paragraph !== null)
  }
  return [...byParagraph].map(([name, paragraphs]) =>
    x('p:bldP', { spid: shapeOf(name).id, grpId: '0', ...(paragraphs ? { uiExpand: '1', build: 'p' } : { animBg: '1' }) }),
  )
}
