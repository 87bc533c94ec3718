import type { Rule } from '../rule.js'

/** Bounds that keep every build finite: content size, nesting, the build budget, and the Markdown shapes that make the parser slow. */
export const limitRules = {
  'content-too-large': {
    severity: 'error',
    message: (p: { size: string; limit: string }) =>
      `The content file is ${p.size}, more than the ${p.limit} layar builds in one deck, so it is not read. Split it into several decks.`,
  },
  'nesting-too-deep': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `Blocks or inline marks are nested more than ${p.limit} levels deep here, deeper than layar builds. Flatten the nesting (lists, quotes, emphasis or links inside each other).`,
  },
  'inline-nesting-too-deep': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `Inline notes \`^[…]\` and bracketed spans \`[…]{…}\` are nested more than ${p.limit} levels deep here, deeper than layar builds, so this one is shown as written. Flatten them: move the inner notes or spans out of the ones around them.`,
  },
  'build-budget-exceeded': {
    severity: 'error',
    message: (p: { construct: string; limit: number; fix: string }) =>
      `Here the deck passes ${p.limit} ${p.construct}, more than one build handles: it would run for minutes instead of seconds, so layar stops. ${p.fix}`,
  },
  'markdown-brackets-too-many': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `This paragraph holds more than ${p.limit} square brackets, more than layar parses: the Markdown parser's time grows with the square of their number, so the build would run for minutes. Split the paragraph, or escape brackets that are not links (\\[).`,
  },
  'markdown-emphasis-too-many': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `This paragraph holds more than ${p.limit} \`*\` or \`_\` runs that could start or end emphasis, more than layar parses: the Markdown parser's time grows with the square of their number. Split the paragraph, or escape the ones that are not emphasis (\\*).`,
  },
  'markdown-emphasis-too-deep': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `More than ${p.limit} emphasis marks (\`*\` or \`_\`) are open at once here, waiting for their closing marks: the Markdown parser's time grows faster than the square of that depth. Close the emphasis sooner, or escape marks that are not emphasis (\\*).`,
  },
  'markdown-inline-marks-too-many': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `Here the deck's inline formatting passes what layar builds in one deck (marks weighing ${p.limit.toLocaleString('en-US')}: about ${Math.round(p.limit / 2).toLocaleString('en-US')} code spans or emphasised words, ${Math.floor(p.limit / 3).toLocaleString('en-US')} bare links or ${Math.round(p.limit / 4).toLocaleString('en-US')} links). Each span is a run of its own in both outputs, and more would need more memory than a laptop has. Split the deck into several files, or show long runs of code or links as a code block.`,
  },
  'markdown-blocks-too-many': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `Here the deck's lines and blocks pass what layar builds in one deck (weighing ${p.limit.toLocaleString('en-US')}: about ${Math.round(p.limit / 3).toLocaleString('en-US')} list items or quotes, ${Math.round(p.limit / 2).toLocaleString('en-US')} one-line paragraphs or ${p.limit.toLocaleString('en-US')} lines). The Markdown parser holds every line and block in memory until the deck ends, and more would need more than a laptop has. Split the deck into several files.`,
  },
  'markdown-containers-too-deep': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `This quote or list marker opens a level nested more than ${p.limit} deep (counting the quotes and list items around it), deeper than layar parses: the Markdown parser's time per line grows with the square of the nesting depth. Flatten the nested quotes or lists.`,
  },
  'markdown-lazy-lines-too-many': {
    severity: 'error',
    message: (p: { limit: number }) =>
      `This line continues a paragraph of a quote or list item without its \`>\` or indentation (a lazy continuation line), and that paragraph is already ${p.limit} lines long: the Markdown parser's time grows with the square of the length of such a paragraph. Start each of its lines with the \`>\` or indentation, or split it with blank lines.`,
  },
  'word-too-long': {
    severity: 'error',
    message: (p: { length: number; limit: number }) =>
      `This text holds a word of ${p.length} characters without a space, longer than the ${p.limit} layar lays out (measuring and breaking it would take minutes). Put spaces in it, shorten it, or link to it instead of pasting it.`,
  },
} as const satisfies Record<string, Rule<never>>
