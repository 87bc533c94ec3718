import type { Heading, RootContent } from 'mdast'
import type { Block, ContentSlide, Fragment, Position, Slide, TitleSlide } from '../model/index.js'
import { slideFurniture } from './blocks/furniture.js'
import { report } from '../diagnostics/index.js'
import { headingAsParagraph } from './blocks/heading.js'
import { withIncremental } from './blocks/container-directive.js'
import { footnoteCollector } from './footnotes.js'
import { directiveFragment, liftFragmentSpans, reportFragmentSpans } from './fragments.js'
import { headingAttributes } from './heading-attributes.js'
import { reportTableRule } from './literal-syntax.js'
import { inlinesFromMdast } from './inline.js'
import { fileStart, positionOf, spanOf } from './position.js'
import { slideAttributes } from './slide-attributes.js'
import type { State } from './state.js'

/**
 * Splits the top-level blocks into slides by pandoc's rule:
 * - a heading above the slide level opens a section slide (its title only);
 * - a heading at the slide level opens a content slide titled by it;
 * - a heading below the slide level is a bold paragraph, with a warning;
 * - a top-level `---` opens an untitled content slide.
 *
 * Choices where pandoc differs or says nothing:
 * - content right after a section heading (before any slide heading) goes to
 *   an untitled content slide after the section slide (pandoc puts it on the
 *   section slide; ours holds only its title so it can be drawn as a divider);
 * - content before the first heading likewise becomes an untitled content slide;
 * - speaker notes attach to the current slide, so notes right after a section
 *   heading belong to the section slide, and notes before anything else to the
 *   title slide;
 * - an untitled slide with neither content nor notes (`---` at the start, or
 *   two in a row) is skipped, with a warning.
 *
 * A slide heading's attributes (`## Title {.smaller background-color=…}`) are
 * taken off its title and become the slide's `style`; `.incremental` and
 * `.nonincremental` apply to the slide's lists, and `visibility="hidden"`
 * leaves the slide and everything on it out (reported).
 *
 * @param nodes the root's children
 * @param level the slide level
 * @param title the title slide, which comes first; `null` without a `title`
 *   (notes before the first slide then open an untitled slide)
 */
export function slidesFromMdast(nodes: readonly RootContent[], level: number, title: TitleSlide | null, state: State): Slide[] {
  const slides: Slide[] = title === null ? [] : [title]
  const marks: Marks = new Map()
  const steps: Steps = new Map()
  const current = (): Slide => {
    const last = slides.at(-1)
    if (last !== undefined) return last
    const opened: Slide = { type: 'content', title: null, blocks: [], notes: [], position: fileStart }
    slides.push(opened)
    return opened
  }
  for (const node of nodes) {
    if (node.type === 'yaml') continue
    // A `::: footer` or `::: aside` inside a div or column goes to the slide it is on.
    const last = slides.at(-1)
    state.slide = last?.type === 'content' ? last : null
    if (node.type === 'heading' && node.depth <= level) {
      closeSlide(slides, state, marks)
      state.footnotes = node.depth < level ? 'a section heading' : footnoteCollector()
      slides.push(slideOf(node, level, state, marks))
    } else if (node.type === 'thematicBreak') {
      reportTableRule(positionOf(node), state)
      closeSlide(slides, state, marks)
      state.footnotes = footnoteCollector()
      slides.push({ type: 'content', title: null, blocks: [], notes: [], position: positionOf(node) })
    } else if (node.type === 'containerDirective' && node.name === 'notes') {
      if (slides.length === 0) slides.push({ type: 'content', title: null, blocks: [], notes: [], position: positionOf(node) })
      state.notes = current().notes
      state.blocks([node])
      extend(current(), positionOf(node))
    } else if (node.type === 'containerDirective' && (node.name === 'footer' || node.name === 'aside') && slides.at(-1)?.type === 'content') {
      slideFurniture(node, current() as ContentSlide, state)
    } else if (isPause(node) && slides.at(-1)?.type === 'content') {
      const slide = current()
      const count = (steps.get(slide)?.count ?? 0) + 1
      steps.set(slide, { count, base: count })
      extend(slide, positionOf(node))
    } else {
      const fragment = node.type === 'containerDirective' ? directiveFragment(node, state) : null
      addContent(node, slides, state, steps, fragment)
    }
    reportFragmentSpans(state)
  }
  closeSlide(slides, state, marks)
  return slides
}

/** What a slide's heading asked for that applies once the slide is complete. */
type Marks = Map<Slide, { hidden: boolean; incremental: boolean | null }>

function slideOf(node: Heading, level: number, state: State, marks: Marks): Slide {
  const { children, attributes } = headingAttributes(node, state)
  const heading = inlinesFromMdast(children, state, { where: 'heading' })
  const position = positionOf(node)
  const read = attributes === null ? null : slideAttributes(attributes, state)
  const style = read?.style === undefined ? {} : { style: read.style }
  const slide: Slide = node.depth < level
    ? { type: 'section', title: heading, depth: node.depth, notes: [], ...style, position }
    : { type: 'content', title: heading, blocks: [], notes: [], ...style, position }
  if (read !== null && (read.hidden || read.incremental !== null)) marks.set(slide, { hidden: read.hidden, incremental: read.incremental })
  return slide
}

/** pandoc's pause: a paragraph of three dots with spaces between. */
function isPause(node: RootContent): boolean {
  const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined
  return only?.type === 'text' && only.value.trim() === '. . .'
}

/**
 * A content slide's build steps so far: `count` steps opened (by pauses and
 * `.fragment` divs), `base` the step of the content that follows (that of the
 * last pause: a `.fragment` div's own step ends with the div, as in reveal.js).
 */
type Steps = Map<Slide, { count: number; base: number }>

/**
 * Converts one block and adds it to the current content slide, opening an
 * untitled one if needed. A top-level `.fragment` div (`fragment`) opens a
 * step of its own for its content, like a pause before it, while what
 * follows it keeps the step it had before the div; so does each paragraph
 * that is a `.fragment` span and nothing else (`liftFragmentSpans`).
 */
function addContent(node: RootContent, slides: Slide[], state: State, steps: Steps, fragment: Fragment | null): void {
  const notes: ContentSlide['notes'] = []
  state.notes = notes
  let blocks: Block[]
  // Content after a section or title slide opens an untitled slide, with notes of its own.
  if (slides.at(-1)?.type !== 'content') state.footnotes = footnoteCollector()
  if (node.type === 'heading') {
    report(state.file, 'heading-in-slide', { depth: node.depth }, positionOf(node))
    blocks = [headingAsParagraph(node, state)]
  } else if (fragment !== null && node.type === 'containerDirective') {
    blocks = state.blocks(node.children)
  } else {
    blocks = state.blocks([node])
  }
  if (blocks.length === 0 && notes.length === 0) return
  let slide = slides.at(-1)
  if (slide?.type !== 'content') {
    if (slide?.type === 'title' && slide.notes[0] !== undefined) {
      report(state.file, 'notes-misplaced', undefined, slide.notes[0].position)
    }
    slide = { type: 'content', title: null, blocks: [], notes: [], position: positionOf(node) }
    slides.push(slide)
  }
  const at = steps.get(slide) ?? { count: 0, base: 0 }
  let count = at.count
  const step = fragment !== null && blocks.length > 0 ? ++count : at.base
  for (const block of blocks) {
    if (step > 0) block.step = step
    if (fragment?.style != null) block.fragment = fragment.style
  }
  liftFragmentSpans(blocks, () => ++count, state)
  steps.set(slide, { count, base: at.base })
  slide.blocks.push(...blocks)
  slide.notes.push(...notes)
  extend(slide, positionOf(node))
}

/**
 * Finishes the last slide: gives it the footnotes it marked, applies its
 * heading's incremental setting, drops it when hidden (already reported), or
 * when it is an untitled content slide with nothing at all.
 */
function closeSlide(slides: Slide[], state: State, marks: Marks): void {
  const slide = slides.at(-1)
  const footnotes = state.footnotes
  state.footnotes = 'the title slide'
  const mark = slide === undefined ? undefined : marks.get(slide)
  if (mark?.hidden === true) {
    slides.pop()
    return
  }
  if (slide?.type === 'content' && typeof footnotes !== 'string' && footnotes.notes.length > 0) slide.footnotes = footnotes.notes
  if (slide?.type === 'content' && mark !== undefined && mark.incremental !== null) withIncremental(slide.blocks, mark.incremental)
  if (slide?.type === 'content' && slide.title === null && slide.blocks.length === 0 && slide.notes.length === 0) {
    report(state.file, 'empty-slide', undefined, slide.position)
    slides.pop()
  }
}

/** A slide spans from where it starts to the end of the last thing in it. */
function extend(slide: Slide, last: Position): void {
  if (slide.type === 'title') return
  slide.position = spanOf(slide.position, last)
}
