import type { Frame } from '../../../layout/laid-out.js'
import type { LayoutPlan } from './master-types.js'
import type { PlanBox, ShapePlan } from './types.js'

/** Where orphan body placeholders start numbering: above every `idx` a layar layout uses. */
const EXTRA_IDX = 100

/**
 * Puts a body slide's text in placeholders: the first text frame in each of
 * its layout's content placeholders (the one whose box holds the frame's
 * horizontal centre: the whole width, or one column) fills that placeholder;
 * any further text frame (text after a table, say) is a body placeholder of
 * its own index, so Outline view and a layout change still see it as body
 * text. Code, captions, tables and pictures stay as they are. Every shape
 * keeps the box layout measured.
 *
 * @param drawn each frame of the slide with the shapes that draw it
 * @param layout the slide's layout
 * @param autofit whether the placeholders shrink text a user adds (see `SlidePlaceholder.autofit`)
 */
export function bodyPlaceholders(drawn: ReadonlyArray<{ frame: Frame; shapes: ShapePlan[] }>, layout: LayoutPlan, autofit: boolean): ShapePlan[] {
  const free = layout.placeholders.filter((placeholder) => placeholder.type === 'obj' || placeholder.type === 'body')
  let extra = EXTRA_IDX
  return drawn.flatMap(({ frame, shapes }) => {
    if (frame.type !== 'text') return shapes
    return shapes.map((shape) => {
      if (shape.type !== 'text') return shape
      const index = free.findIndex((placeholder) => holdsCentre(placeholder.box, shape.box))
      const placeholder = free[index]
      if (placeholder === undefined || placeholder.idx === null) return { ...shape, placeholder: { type: 'body' as const, idx: ++extra, autofit } }
      free.splice(index, 1)
      return { ...shape, placeholder: { type: placeholder.type === 'obj' ? ('obj' as const) : ('body' as const), idx: placeholder.idx, autofit } }
    })
  })
}

function holdsCentre(outer: PlanBox, inner: PlanBox): boolean {
  const centre = inner.x + inner.w / 2
  return centre > outer.x && centre < outer.x + outer.w
}
