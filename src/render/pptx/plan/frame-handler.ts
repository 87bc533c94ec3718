import type { ImageAssets } from '../../../model/index.js'
import type { Theme } from '../../../theme/index.js'
import type { ShapePlan } from './types.js'

/** What every frame handler gets besides its frame. */
export interface FrameContext {
  theme: Theme
  assets: ImageAssets
  /** 1-based number of the frame on its slide, for stable shape names. */
  number: number
}

/** Turns one laid-out frame into the shapes that draw it. */
export type FrameHandler<F> = (frame: F, context: FrameContext) => ShapePlan[]
