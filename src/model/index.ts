/** The slide model: plain data shared by every stage. */
export type * from './position.js'
export type * from './inline.js'
export type * from './block.js'
export type * from './deck.js'
export { inlineText } from './text.js'
export type * from './asset.js'
