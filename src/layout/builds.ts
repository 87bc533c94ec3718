import type { Blockquote, List, ListItem, Paragraph } from '../model/index.js'
import type { Frame, TextFrame } from './laid-out.js'

/**
 * Click-by-click builds: on which click of its slide each frame and each
 * item of an incremental list appears. Decided once here, so the HTML deck
 * (reveal.js fragments) and the PPTX (PowerPoint entrance animations) step
 * through a slide alike. Walking the slide's content in order:
 *
 * - a pandoc pause (`. . .`, the frames' `step` from the parse) opens the
 *   next click: what follows it appears on that click, together;
 * - each item of an incremental list appears on a click of its own, with
 *   everything inside it (its later paragraphs, a nested list that is not
 *   incremental); the first item right after a pause shares the pause's
 *   click (the pause has shown nothing yet), as do the items of a nested
 *   incremental list never; an item that is a `.fragment` span
 *   (`ListItem.fragment`) is such an item in any list;
 * - content that is not incremental appears with the pause before it (text
 *   after an incremental list is there from the start unless a pause precedes it);
 * - a `.fragment` div's frames carry a step of their own (a new click, like
 *   a pause); the frames after it carry the step before it again and keep
 *   that step's click (shown from the start when no pause came before).
 *
 * A continuation slide (a part after the first of a split slide) shows its
 * first build on entry: going to the slide is that click, so a split slide
 * takes as many clicks as it would whole.
 */

/** What `withBuilds` needs besides the frames. */
export interface BuildOptions {
  /** The deck's `incremental` setting, for lists that do not say (`List.incremental === null`). */
  incremental: boolean
  /** The slide is a continuation part (`continuation.part > 1`). */
  continued: boolean
}

/** Where the walk over a slide's content is. */
interface State {
  /** The pause step (from the parse) of the current build. */
  pause: number
  /** The click that build appears on. */
  pauseClick: number
  /** The last click handed out. */
  last: number
  /** Nothing has been shown on `pauseClick` yet: the next incremental item takes it. */
  fresh: boolean
}

/**
 * The frames of one slide with their builds: `step` on a frame is the click
 * it appears on (absent: shown on entry), `step` on an incremental list's
 * item the click that item appears on. Frames and the lists in them are
 * copied, never changed in place.
 *
 * @param frames the slide body's frames, in reading order, whose `step` is the pause count before them (footnote frames excluded: they are always shown)
 */
export function withBuilds(frames: readonly Frame[], options: BuildOptions): Frame[] {
  const first = frames[0]?.step ?? 0
  const state: State = options.continued ? { pause: first, pauseClick: 0, last: 0, fresh: true } : { pause: 0, pauseClick: 0, last: 0, fresh: false }
  // Each pause step's click; a step seen again (the content after a `.fragment` div) goes back to its click.
  const clicks = new Map<number, number>([[state.pause, 0]])
  return frames.map((frame) => {
    const pause = frame.step ?? 0
    const seen = clicks.get(pause) ?? (options.continued && pause < first ? 0 : undefined)
    if (seen === undefined) {
      state.pause = pause
      state.pauseClick = ++state.last
      state.fresh = true
      clicks.set(pause, state.pauseClick)
    } else if (pause !== state.pause) {
      state.pause = pause
      state.pauseClick = seen
      state.fresh = false
    }
    // A build shown on entry (a continuation slide's first) has no click for its fragment style to play on.
    const { step: _pause, fragment, ...rest } = frame
    const click = state.pauseClick
    let built: Frame = rest
    if (rest.type === 'text') built = { ...rest, blocks: textBlocks(rest, state, options.incremental) }
    else if (rest.type === 'callout') {
      state.fresh = false // its title
      built = rest.body === null ? rest : { ...rest, body: { ...rest.body, blocks: textBlocks(rest.body, state, options.incremental) } }
    } else state.fresh = false
    if (click <= 0) return built
    return fragment === undefined ? { ...built, step: click } : { ...built, step: click, fragment }
  })
}

function textBlocks(frame: TextFrame, state: State, incremental: boolean): TextFrame['blocks'] {
  return frame.blocks.map((block): TextFrame['blocks'][number] => {
    switch (block.type) {
      case 'blockquote':
        return { ...block, children: block.children.map((child) => flowBlock(child, state, incremental)) }
      case 'definitionList':
        return {
          ...block,
          children: block.children.map((item) => {
            state.fresh = false // the term
            return { ...item, definitions: item.definitions.map((definition) => definition.map((child) => flowBlock(child, state, incremental))) }
          }),
        }
      default:
        return flowBlock(block, state, incremental)
    }
  })
}

function flowBlock(block: Paragraph | List, state: State, incremental: boolean): Paragraph | List {
  if (block.type === 'paragraph') {
    state.fresh = false
    return block
  }
  const stepped = block.incremental ?? incremental
  const children = block.children.map((item) => listItem(item, stepped, state, incremental))
  return { ...block, children }
}

function listItem(item: ListItem, stepped: boolean, state: State, incremental: boolean): ListItem {
  let click: number | null = null
  if (stepped || item.fragment !== undefined) {
    click = state.fresh ? state.pauseClick : ++state.last
    state.fresh = false
  }
  const children = item.children.map((child) => flowBlock(child, state, incremental))
  const { step: _old, ...rest } = item
  return click !== null && click > 0 ? { ...rest, children, step: click } : { ...rest, children }
}
