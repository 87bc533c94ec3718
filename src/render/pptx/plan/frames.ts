import type { Frame } from '../../../layout/laid-out.js'
import type { FrameContext, FrameHandler } from './frame-handler.js'
import type { ShapePlan } from './types.js'
import { callout } from './callout-frame.js'
import { code } from './code-frame.js'
import { image, imagePlaceholder } from './image-frame.js'
import { math } from './math-frame.js'
import { table } from './table-frame.js'
import { text } from './text-frame.js'

/** One handler per frame type; a new frame type fails to compile until it is handled here. */
export const frameHandlers = { text, table, image, 'image-placeholder': imagePlaceholder, code, math, callout } satisfies {
  [K in Frame['type']]: FrameHandler<Extract<Frame, { type: K }>>
}

/** The shapes that draw `frame`. */
export function shapesFromFrame(frame: Frame, context: FrameContext): ShapePlan[] {
  // The cast is safe: the registry above is checked per key against its frame type.
  const handler = frameHandlers[frame.type] as FrameHandler<Frame>
  return handler(frame, context)
}
