import { findAll, paragraphTexts, textOf, type XmlElement } from './pptx.js'

/** One entrance effect read back from a slide's `p:timing`: what it shows, and whether it is the click's own effect. */
export interface ReadEffect {
  /** The animated shape's name (`p:cNvPr name`), found by its `spid`. */
  shape: string
  /** The paragraph range `[st, end]`, or null for the whole shape. */
  paragraphs: [number, number] | null
  /** The text of the paragraphs shown (the whole shape's text for a whole shape). */
  text: string[]
  nodeType: string
  preset: string
}

/**
 * The clicks of a slide's main sequence, each with its effects, as PowerPoint
 * reads them: every `spid` is resolved to the shape with that id (throws if
 * none has it, or a paragraph range lies outside its text body).
 */
export function readClicks(slide: XmlElement): ReadEffect[][] {
  const shapes = new Map<string, XmlElement>()
  for (const kind of ['p:sp', 'p:pic', 'p:graphicFrame']) {
    for (const shape of findAll(slide, kind)) {
      const id = findAll(shape, 'p:cNvPr')[0]?.attrs.id
      if (id !== undefined && !shapes.has(id)) shapes.set(id, shape)
    }
  }
  const mainSequence = findAll(slide, 'p:cTn').find((node) => node.attrs.nodeType === 'mainSeq')
  if (mainSequence === undefined) return []
  const list = elementChildren(mainSequence).find((child) => child.name === 'p:childTnLst')
  return elementChildren(list).map((click) =>
    findAll(click, 'p:cTn')
      .filter((node) => node.attrs.presetClass !== undefined)
      .map((node): ReadEffect => {
        const target = findAll(node, 'p:spTgt')[0]
        const shape = shapes.get(target?.attrs.spid ?? '')
        if (shape === undefined) throw new Error(`spid ${target?.attrs.spid} names no shape on the slide`)
        const range = findAll(target!, 'p:pRg')[0]
        const paragraphs = range === undefined ? null : ([Number(range.attrs.st), Number(range.attrs.end)] as [number, number])
        const body = findAll(shape, 'p:txBody')[0]
        const texts = body === undefined ? [textOf(shape)] : paragraphTexts(body)
        if (paragraphs !== null && paragraphs[1] >= texts.length) throw new Error(`paragraph range ${paragraphs.join('–')} outside a body of ${texts.length}`)
        return {
          shape: findAll(shape, 'p:cNvPr')[0]?.attrs.name ?? '',
          paragraphs,
          text: paragraphs === null ? texts : texts.slice(paragraphs[0], paragraphs[1] + 1),
          nodeType: node.attrs.nodeType ?? '',
          preset: `${node.attrs.presetClass}/${node.attrs.presetID}`,
        }
      }),
  )
}

function elementChildren(element: XmlElement | undefined): XmlElement[] {
  return (element?.children ?? []).filter((child): child is XmlElement => typeof child !== 'string')
}
