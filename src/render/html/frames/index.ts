import type { Element } from 'hast'
import type { Frame } from '../../../layout/laid-out.js'
import type { RenderContext } from '../context.js'
import { callout } from './callout.js'
import { code } from './code.js'
import { image, imagePlaceholder } from './image.js'
import { math } from './math.js'
import { table } from './table.js'
import { text } from './text.js'
import type { FrameHandler } from './types.js'

/** One handler per frame type; a new frame type fails to compile until it is drawn here. */
const handlers = {
  text,
  table,
  image,
  'image-placeholder': imagePlaceholder,
  code,
  math,
  callout,
} satisfies { [K in Frame['type']]: FrameHandler<Extract<Frame, { type: K }>> }

/** A laid-out frame as one absolutely positioned element. */
export function frameToHast(frame: Frame, ctx: RenderContext): Element {
  // `satisfies` checked each key against its own frame type; TypeScript cannot correlate the lookup.
  const handler = handlers[frame.type] as FrameHandler<Frame>
  const element = handler(frame, ctx)
  if (frame.step === undefined || !ctx.fragments) return element
  // A frame after a pandoc pause appears at its step, as pandoc's reveal.js output does; reveal.js draws its fragment style.
  const classes = element.properties['className']
  const own = frame.fragment === undefined ? ['fragment'] : ['fragment', frame.fragment]
  const className = Array.isArray(classes) ? [...classes, ...own] : own
  return { ...element, properties: { ...element.properties, className, dataFragmentIndex: frame.step } }
}
