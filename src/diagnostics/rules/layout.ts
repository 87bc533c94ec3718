import type { Rule } from '../rule.js'
import { clip } from './clip.js'

/** Layout: what did not fit its slide, and what was shrunk or split to make it fit. */
export const layoutRules = {
  'fit-shrunk': {
    severity: 'warning',
    message: (p: { title: string; from: number; to: number; strict?: boolean }) =>
      p.strict === true
        ? `Slide '${clip(p.title)}' does not fit at ${p.from} pt; it would need its text shrunk to ${p.to} pt, and \`--strict\` allows no shrinking. Shorten it or split it by hand to keep the theme's size.`
        : `Slide '${clip(p.title)}' did not fit at ${p.from} pt, so its text was shrunk to ${p.to} pt. Shorten it or split it to keep the theme's size.`,
  },
  'fit-overflow': {
    severity: 'warning',
    message: (p: { title: string; detail: string; mode: 'split' | 'shrink' | 'none' }) =>
      p.mode === 'none'
        ? `Slide '${clip(p.title)}' does not fit (${p.detail}), and front matter \`fit: none\` keeps layar from shrinking or splitting it, so it runs off the slide. Shorten it, move some content to another slide, or remove \`fit: none\`.`
        : `Slide '${clip(p.title)}' does not fit even at the theme's smallest text size (${p.detail}). Shorten it or move some content to another slide.`,
  },
  'title-too-long': {
    severity: 'warning',
    message: (p: { title: string; size: number }) =>
      `The title '${clip(p.title)}' is too long to fit its slide even at ${p.size} pt, so it runs past the slide. Shorten the title and put the rest on the slide or in the notes.`,
  },
  'chrome-too-long': {
    severity: 'warning',
    message: (p: { part: string; text: string; size: number }) =>
      `The ${p.part} '${clip(p.text)}' does not fit on one line in its place on every slide, even shrunk to ${p.size} pt, so its end is cut off. Shorten it in the front matter.`,
  },
  'fit-split': {
    severity: 'warning',
    message: (p: { title: string; floor: number; size: number; count: number; suffix: string; strict?: boolean }) =>
      p.strict === true
        ? `Slide '${clip(p.title)}' does not fit even with its text shrunk to ${p.floor} pt: it would take ${p.count} slides, and \`--strict\` allows no shrinking or splitting. Shorten it, or split it by hand into ${p.count} slides.`
        : `Slide '${clip(p.title)}' did not fit even with its text shrunk to ${p.floor} pt, so it was split into ${p.count} slides at ${p.size} pt; the continuation slides are titled '… ${p.suffix}'. Shorten it or split it by hand to choose where it breaks; \`fit: shrink\` in the front matter keeps every slide whole at a smaller size.`,
  },
} as const satisfies Record<string, Rule<never>>
