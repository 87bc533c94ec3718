import type { Rule } from './rule.js'
import { frontMatterRules } from './rules/front-matter.js'
import { imageRules } from './rules/images.js'
import { layoutRules } from './rules/layout.js'
import { limitRules } from './rules/limits.js'
import { markdownRules } from './rules/markdown.js'
import { referenceDocRules } from './rules/reference-doc.js'
import { slideRules } from './rules/slides.js'
import { themeRules } from './rules/theme.js'

export type { Rule } from './rule.js'

/**
 * The catalog of every problem layar reports. Rule ids never change once
 * published: users search for them and silence warnings by them. Each message
 * says what happened, why it matters and what to do; it never repeats the
 * position (the reporter prints that) and never starts with "Error:".
 *
 * The entries live in `rules/`, one file per area; their ids are unique
 * across the files (`tests/diagnostics/catalog.test.ts`).
 */
export const rules = {
  ...frontMatterRules,
  ...markdownRules,
  ...slideRules,
  ...imageRules,
  ...layoutRules,
  ...themeRules,
  ...limitRules,
  ...referenceDocRules,
} as const satisfies Record<string, Rule<never>>

/**
 * The rules of an image the build could not use: warnings that leave a
 * placeholder frame on the slide, errors with `--strict`.
 */
export const imagePlaceholderRules: ReadonlySet<string> = new Set([
  'image-missing', 'image-unreadable', 'image-remote', 'image-outside-root', 'image-too-large', 'image-fetch-failed',
] satisfies RuleId[])

/** Every rule id layar can report. */
export type RuleId = keyof typeof rules

/** The parameters a rule's message needs. */
export type RuleParams<R extends RuleId> = Parameters<(typeof rules)[R]['message']>[0]
