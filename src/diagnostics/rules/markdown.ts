import type { Rule } from '../rule.js'
import { clip } from './clip.js'

/** Markdown and pandoc/Quarto syntax layar shows otherwise than written, or not at all: raw markup, links, code cells, shortcodes, citations, footnotes, formulas, control characters. */
export const markdownRules = {
  'unsupported-node': {
    severity: 'warning',
    message: (p: { node: string; shownAs: string }) =>
      `A ${p.node} cannot be represented on a slide; it is shown as ${p.shownAs}. Rewrite it as text, a list, a table, an image or code to control how it looks.`,
  },
  'raw-html': {
    severity: 'warning',
    message: () =>
      'Raw HTML is not rendered, because content must never inject markup or script into the deck; it is shown as plain text instead. Use Markdown syntax for formatting.',
  },
  'html-comment': {
    severity: 'warning',
    message: () =>
      'This HTML comment is not shown, on the slides or in the notes: authors use comments for remarks to themselves (pandoc drops them too). Put text meant for the presenter in `::: notes`.',
  },
  'unsafe-link': {
    severity: 'warning',
    message: (p: { url: string }) =>
      `The link target \`${p.url}\` was removed because \`javascript:\`, \`data:\` and similar targets can run code; the link text is kept. Use an http(s), mailto or relative link.`,
  },
  'raw-block-dropped': {
    severity: 'warning',
    message: (p: { format: string }) =>
      `This raw \`{=${p.format}}\` block (and any other in this deck) goes to no output: layar never passes raw markup through, so that content cannot inject markup or break a file. Write the content in Markdown, or keep the block if pandoc also builds this deck.`,
  },
  'code-cell-not-run': {
    severity: 'warning',
    message: (p: { lang: string }) =>
      `This \`{${p.lang}}\` cell (and every other code cell in this deck) is shown as code, without its \`#|\` option lines: layar does not execute code, so no output of it appears. Render the deck with Quarto first if its output belongs on the slides.`,
  },
  'shortcode-unsupported': {
    severity: 'warning',
    message: (p: { code: string }) =>
      `The Quarto shortcode \`${clip(p.code)}\` is shown as written: layar runs no shortcodes. Replace it with its content, or render the deck with Quarto.`,
  },
  'citation-unsupported': {
    severity: 'warning',
    message: (p: { citation: string }) =>
      `The citation \`${clip(p.citation)}\` is shown as written: layar has no bibliography to resolve it. Write the reference out, or render the deck with pandoc's citeproc.`,
  },
  'text-control-removed': {
    severity: 'warning',
    message: (p: { count: number; chars: string }) =>
      `${p.count === 1 ? 'An invisible control character' : `${p.count} invisible control characters`} (${p.chars}) ${p.count === 1 ? 'was' : 'were'} removed from this line, since slides cannot show ${p.count === 1 ? 'it' : 'them'} and PowerPoint files may not contain ${p.count === 1 ? 'it' : 'them'}. Delete ${p.count === 1 ? 'it' : 'them'} from the content (often pasted from another program).`,
  },
  'footnote-undefined': {
    severity: 'warning',
    message: (p: { label: string }) =>
      `The footnote mark \`[^${p.label}]\` has no definition, so it is shown as written. Add a line \`[^${p.label}]: the note\` anywhere in the file, or remove the mark.`,
  },
  'footnote-unused': {
    severity: 'warning',
    message: (p: { label: string }) =>
      `The footnote \`[^${p.label}]\` is never referenced, so it appears on no slide (notes are shown at the bottom of the slide that marks them). Add \`[^${p.label}]\` where it belongs, or delete the definition.`,
  },
  'footnote-misplaced': {
    severity: 'warning',
    message: (p: { where: string }) =>
      `A footnote mark in ${p.where} has no slide body to put its note under, so the note is shown in brackets in its place. Move the mark into the text of a content slide.`,
  },
  'pandoc-syntax-unsupported': {
    severity: 'warning',
    message: (p: { what: string }) =>
      `pandoc's ${p.what} is not read by layar yet, so it is shown as written. Rewrite it in the syntax layar reads (see the README's content format), or keep it if pandoc also builds this deck.`,
  },
  'math-invalid': {
    severity: 'error',
    message: (p: { reason: string }) =>
      `This TeX formula cannot be typeset: ${p.reason}. The slides would otherwise show raw TeX; fix the formula (MathJax's TeX with the AMS packages is supported), or put it in backticks to show it as code.`,
  },
} as const satisfies Record<string, Rule<never>>
