import type { Element } from 'hast'
import type { Frame } from '../../../layout/laid-out.js'
import type { RenderContext } from '../context.js'

/** A handler that draws one frame type as one positioned element. */
export type FrameHandler<F extends Frame> = (frame: F, ctx: RenderContext) => Element
