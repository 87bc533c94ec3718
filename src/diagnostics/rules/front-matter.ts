import type { Rule } from '../rule.js'
import { clip } from './clip.js'

/** The front matter: its YAML, its keys and values, and what layar decided in their place (title, language). */
export const frontMatterRules = {
  'front-matter-missing': {
    severity: 'error',
    message: () =>
      'The deck has no front matter. Start the file with a `---` block that sets at least `title:`, since the title slide is made from it.',
  },
  'front-matter-date-unresolved': {
    severity: 'warning',
    message: (p: { keyword: string }) =>
      `\`date: ${p.keyword}\` needs the build's date, and this build was given none (neither \`SOURCE_DATE_EPOCH\` nor the file's modification time), so the deck has no date. Write the date, or build with \`SOURCE_DATE_EPOCH\` set.`,
  },
  'front-matter-option-unsupported': {
    severity: 'info',
    message: (p: { key: string; instead: string }) =>
      `\`${p.key}\` is a pandoc/Quarto option layar does not apply yet: ${p.instead}. The deck builds without it.`,
  },
  'front-matter-option-overridden': {
    severity: 'warning',
    message: (p: { key: string; winner: string; why: string }) =>
      `\`${p.key}\` is ignored: \`${p.winner}\` gives another value, and ${p.why}. Remove \`${p.key}\`, or set the value you want at \`${p.winner}\`.`,
  },
  'lang-detected': {
    severity: 'info',
    message: (p: { lang: string }) =>
      `The front matter has no \`lang\`, so the language was detected from the text: \`${p.lang}\` (used for the HTML \`lang\`, PPTX proofing and continuation titles). Set \`lang:\` to choose it yourself.`,
  },
  'lang-undetected': {
    severity: 'info',
    message: (p: { lang: string }) =>
      `The front matter has no \`lang\`, and the deck has too little text to tell its language, so \`${p.lang}\` is used. Set \`lang:\` to choose it yourself.`,
  },
  'front-matter-yaml': {
    severity: 'error',
    message: (p: { detail: string }) =>
      `The front matter is not valid YAML: ${p.detail}. Fix the YAML syntax at this place.`,
  },
  'front-matter-not-mapping': {
    severity: 'error',
    message: () =>
      'The front matter must be a YAML mapping of `key: value` lines, such as `title: Briefing`.',
  },
  'front-matter-unknown-key': {
    severity: 'warning',
    message: (p: { key: string; known: string }) =>
      `Unknown front matter key \`${p.key}\` is ignored. Known keys: ${p.known}. Check its spelling.`,
  },
  'front-matter-type': {
    severity: 'error',
    message: (p: { key: string; expected: string }) =>
      `Front matter \`${p.key}\` must be ${p.expected}. Change the value at this place.`,
  },
  'front-matter-title-missing': {
    severity: 'info',
    message: (p: { title: string; source: string }) =>
      `The deck has no \`title\`, so it has no title slide (as in pandoc), and the HTML \`<title>\` and PPTX document title are '${clip(p.title)}', from ${p.source}. Add \`title: …\` to the front matter for a title slide.`,
  },
} as const satisfies Record<string, Rule<never>>
