import type { Frame } from '../../../layout/laid-out.js'
import type { LayoutPlan, PlaceholderPlan } from './master-types.js'
import type { PlanBox, ShapePlan } from './types.js'

/** Where orphan body placeholders start numbering: above every `idx` a layar layout uses. */
const EXTRA_IDX = 100

/**
 * Puts a body slide's content in its layout's placeholders, as PowerPoint
 * does, in frame order, each in the first free placeholder of a kind that
 * takes it whose box holds the shape's horizontal centre (the whole width, or
 * one column): text in a content or body placeholder, a table in a content
 * placeholder, a picture in a picture or content placeholder and its caption
 * in the body placeholder beside a picture placeholder (Picture with
 * Caption), a column's heading in a heading placeholder (Comparison). Any further text frame (text after a table, say) is a body
 * placeholder of its own index, so Outline view and a layout change still
 * see it as body text; code, callouts and other captions stay as they are.
 * Every shape keeps the box layout measured.
 *
 * @param drawn each frame of the slide with the shapes that draw it
 * @param layout the slide's layout
 * @param autofit whether the placeholders shrink text a user adds (see `SlidePlaceholder.autofit`)
 */
export function bodyPlaceholders(drawn: ReadonlyArray<{ frame: Frame; shapes: ShapePlan[] }>, layout: LayoutPlan, autofit: boolean): ShapePlan[] {
  const free = layout.placeholders.filter((placeholder) => placeholder.idx !== null && ['obj', 'body', 'pic'].includes(placeholder.type))
  const hasPicture = free.some((placeholder) => placeholder.type === 'pic')
  /** Takes the first free placeholder of one of `types` holding `box`'s centre. */
  const take = (box: PlanBox, types: ReadonlyArray<PlaceholderPlan['type']>): { type: PlaceholderPlan['type']; idx: number } | null => {
    const index = free.findIndex((placeholder) => types.includes(placeholder.type) && holdsCentre(placeholder.box, box))
    const placeholder = free[index]
    if (placeholder === undefined || placeholder.idx === null) return null
    free.splice(index, 1)
    return { type: placeholder.type, idx: placeholder.idx }
  }
  let extra = EXTRA_IDX
  return drawn.flatMap(({ frame, shapes }) =>
    shapes.map((shape, index): ShapePlan => {
      if (frame.type === 'text' && shape.type === 'text') {
        // A column's heading (drawn first) fills a heading placeholder of Comparison, the text below it the content placeholder.
        const heading = frame.heading !== undefined && index === 0
        const placeholder = take(shape.box, heading ? ['body'] : ['obj', 'body'])
        return { ...shape, placeholder: { type: placeholder?.type === 'obj' ? 'obj' : 'body', idx: placeholder?.idx ?? ++extra, autofit } }
      }
      if (frame.type === 'table' && shape.type === 'table') {
        const placeholder = take(shape.box, ['obj'])
        return placeholder === null ? shape : { ...shape, placeholder: { type: 'obj', idx: placeholder.idx } }
      }
      if (frame.type === 'image' && shape.type === 'image') {
        const placeholder = take(shape.box, ['pic', 'obj'])
        return placeholder === null ? shape : { ...shape, placeholder: { type: placeholder.type === 'pic' ? 'pic' : 'obj', idx: placeholder.idx } }
      }
      if (frame.type === 'image' && shape.type === 'text' && hasPicture) {
        // The caption of a picture on Picture with Caption: its text placeholder. Its box is its lines'
        // height exactly, which LibreOffice's autofit shrinks by a hair, so it does not autofit (as subtitles).
        const placeholder = take(shape.box, ['body'])
        return placeholder === null ? shape : { ...shape, placeholder: { type: 'body', idx: placeholder.idx, autofit: false } }
      }
      return shape
    }),
  )
}

function holdsCentre(outer: PlanBox, inner: PlanBox): boolean {
  const centre = inner.x + inner.w / 2
  return centre > outer.x && centre < outer.x + outer.w
}
