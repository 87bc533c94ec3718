import type { Element, Root } from 'xast'
import { x } from 'xastscript'
import { describe, expect, it } from 'vitest'
import { runSteps, walkElements } from '../../src/render/pptx/element-walk.js'
import type { ElementTransform, ElementVisitor, PartContext, PartTransform } from '../../src/render/pptx/part-transforms.js'
import type { ThemeScheme } from '../../src/render/pptx/plan/index.js'
import { serializeXmlPart } from '../../src/render/pptx/xml-tree.js'

/**
 * The element transforms of a part share one walk (element-walk.ts); the
 * result must be the one of running each transform over the whole part in
 * turn, which is what these compare against.
 */

const context: PartContext = { path: 'ppt/slides/slide1.xml', slide: undefined, lang: 'id-ID', scheme: {} as ThemeScheme }

/** An element transform that records what it was handed (`seen`). */
type Seen = ElementTransform & { seen: string[] }

function transform(name: string, names: string[], visit: (element: Element, seen: string[]) => void, startsWalk = false): Seen {
  const seen: string[] = []
  const visitor: ElementVisitor = { visit: (element) => visit(element, seen), done: () => seen.push('done') }
  return { type: 'elements', name, appliesTo: () => true, names, start: () => visitor, seen, ...(startsWalk ? { startsWalk: true as const } : {}) }
}

function sample(): Root {
  return { type: 'root', children: [x('p:sld', [x('a:p', [x('a:pPr', { lvl: '1' }), x('a:srgbClr', { val: 'FF0000' })]), x('a:p', [x('a:srgbClr', { val: '00FF00' })])])] }
}

/** The steps one after another, each over the whole part (one walk each): the reference. */
function oneByOne(tree: Root, steps: readonly PartTransform[]): void {
  for (const step of steps) {
    if (step.type === 'tree') step.transform(tree, context)
    else walkElements(tree, [step], context)
  }
}

describe('one walk for a part’s element transforms', () => {
  it('hands a renamed element on under its new name, and visits what a visitor adds inside an element', () => {
    const steps = (): Seen[] => [
      transform('rename', ['a:srgbClr'], (element) => {
        element.name = 'a:schemeClr'
      }),
      transform('see-scheme', ['a:schemeClr'], (element, seen) => seen.push(`${element.name}=${String(element.attributes.val)}`)),
      // It adds what the earlier transforms leave as they are (see ElementTransform).
      transform('add-inside', ['a:p'], (element) => {
        element.children.push(x('a:solidFill'))
      }),
      transform('every', ['*'], (element, seen) => seen.push(element.name)),
    ]
    const shared = steps()
    const alone = steps()
    const together = sample()
    const apart = sample()
    runSteps(together, shared, context)
    oneByOne(apart, alone)
    expect(serializeXmlPart(together)).toBe(serializeXmlPart(apart))
    expect(serializeXmlPart(together)).toContain('<a:schemeClr val="FF0000"/>')
    // The rename's later transforms see the new name, never the old one.
    expect(shared[1]?.seen).toEqual(['a:schemeClr=FF0000', 'a:schemeClr=00FF00', 'done'])
    // An element a visitor adds inside its element is visited by the transforms after it.
    expect(shared[3]?.seen).toEqual(alone[3]?.seen)
    expect(shared[3]?.seen).toContain('a:solidFill')
  })

  it('starts a walk of its own for a transform that reads what the earlier ones change inside its elements', () => {
    const steps = (startsWalk: boolean): Seen[] => [
      transform('mark-levels', ['a:pPr'], (element) => {
        element.attributes.lvl = '2'
      }),
      transform('read-levels', ['p:sld'], (element, seen) => seen.push(JSON.stringify(element)), startsWalk),
    ]
    const reference = steps(false)
    oneByOne(sample(), reference)
    const split = steps(true)
    runSteps(sample(), split, context)
    expect(split[1]?.seen).toEqual(reference[1]?.seen)
    expect(split[1]?.seen[0]).toContain('"lvl":"2"')
    // Without it, one walk reaches the shape tree before its paragraphs: the rule it would break.
    const fused = steps(false)
    runSteps(sample(), fused, context)
    expect(fused[1]?.seen[0]).toContain('"lvl":"1"')
  })

  it('runs a tree transform between walks, in list order, and each visitor’s done after its walk', () => {
    const order: string[] = []
    const before = transform('before', ['a:p'], () => order.push('before'))
    const tree: PartTransform = { type: 'tree', name: 'tree', appliesTo: () => true, transform: () => order.push('tree') }
    const after = transform('after', ['a:p'], () => order.push('after'))
    runSteps(sample(), [before, tree, after], context)
    expect(order).toEqual(['before', 'before', 'tree', 'after', 'after'])
    expect(before.seen).toEqual(['done'])
  })
})
