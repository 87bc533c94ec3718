/**
 * The catalog of every problem layar reports. Rule ids never change once
 * published: users search for them and silence warnings by them. Each message
 * says what happened, why it matters and what to do; it never repeats the
 * position (the reporter prints that) and never starts with "Error:".
 */
export const rules = {
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
  'image-missing': {
    severity: 'warning',
    message: (p: { path: string }) =>
      `The image \`${p.path}\` does not exist, so a placeholder frame with its alt text and source stands in its place. Images are resolved relative to the content file; fix the path or add the file.`,
  },
  'image-unreadable': {
    severity: 'warning',
    message: (p: { path: string; detail: string }) =>
      `The image \`${p.path}\` cannot be used: ${p.detail}. A placeholder frame with its alt text and source stands in its place; use a PNG, JPEG, GIF or SVG file.`,
  },
  'image-remote': {
    severity: 'warning',
    message: (p: { url: string }) =>
      `The image \`${p.url}\` is remote, and layar does not fetch from the network so that decks build offline and reproducibly; a placeholder frame with its alt text and source stands in its place. Download it next to the content file and reference it by a relative path, or build with \`--fetch-remote\` to fetch it.`,
  },
  'image-outside-root': {
    severity: 'warning',
    message: (p: { path: string }) =>
      `The image \`${p.path}\` lies outside the content file's folder, and content may only read files in its own folder; a placeholder frame with its alt text and source stands in its place. Move the image next to the content file, or build with \`--allow-outside\` if the deck should read it where it is.`,
  },
  'image-svg-sanitized': {
    severity: 'warning',
    message: (p: { path: string; removed: string }) =>
      `The SVG image \`${p.path}\` contained ${p.removed}, which layar removed so that the image can neither run code nor load anything; the rest of it is drawn. Remove them from the file to silence this warning.`,
  },
  'image-alt-missing': {
    severity: 'warning',
    message: () =>
      'The image has no alt text, so screen readers and the PPTX accessibility checker have nothing to say. Write a short description in `![…](…)`.',
  },
  'image-inline': {
    severity: 'warning',
    message: () =>
      'An image inside a line of text is shown as its own figure after the paragraph, because slides place images as blocks. Put the image in a paragraph of its own.',
  },
  'image-size-clamped': {
    severity: 'warning',
    message: (p: { asked: string; shown: string }) =>
      `The image asks for ${p.asked} pt, more than the room it has on the slide, so it is drawn at ${p.shown} pt (aspect kept) in both outputs. Give it a smaller \`width\`/\`height\`, or move it to a slide with more room.`,
  },
  'columns-structure': {
    severity: 'warning',
    message: (p: { detail: string }) =>
      `This \`columns\` block is not as expected: ${p.detail}. Write \`:::: columns\` holding two or three \`::: column\` blocks.`,
  },
  'directive-unknown': {
    severity: 'warning',
    message: (p: { name: string; shownAs: string }) =>
      `The directive \`${p.name}\` is not known to layar; its content is shown as ${p.shownAs}. Known directives: \`notes\`, \`columns\`, \`column\`, \`incremental\`, \`nonincremental\`, \`slide\`.`,
  },
  'notes-misplaced': {
    severity: 'warning',
    message: () =>
      'Speaker notes before the first slide are attached to the title slide. Move them under a slide heading if they belong elsewhere.',
  },
  'heading-in-slide': {
    severity: 'warning',
    message: (p: { depth: number }) =>
      `A level-${p.depth} heading below the slide level is shown as a bold paragraph, since a slide has one title. Use a slide-level heading to start a new slide.`,
  },
  'empty-slide': {
    severity: 'warning',
    message: () => 'This slide has no title and no content. Remove the extra `---` or add content.',
  },
  'heading-nested': {
    severity: 'warning',
    message: (p: { depth: number }) =>
      `A level-${p.depth} heading inside another block (a list, quote, column or directive) is shown as a bold paragraph, since slides only start at top-level headings. Move it out of the block to start a slide.`,
  },
  'table-cells-excess': {
    severity: 'warning',
    message: (p: { count: number; columns: number }) =>
      `This table row has ${p.count} cells but the header has ${p.columns}; the extra cells are joined into the last cell. Add header cells or remove the extra \`|\` separators.`,
  },
  'directive-attribute-ignored': {
    severity: 'warning',
    message: (p: { name: string; attribute: string }) =>
      `The attribute \`${p.attribute}\` on \`${p.name}\` has no effect in layar and is ignored. Remove it, or keep it if pandoc also builds this deck.`,
  },
  'attributes-malformed': {
    severity: 'warning',
    message: (p: { detail: string; outcome: string }) =>
      `This attribute block cannot be read: ${p.detail}. ${p.outcome} Write attributes as pandoc does: \`{#id .class key=value key="quoted value"}\`.`,
  },
  'attribute-ignored': {
    severity: 'warning',
    message: (p: { attribute: string; on: string }) =>
      `The attribute \`${p.attribute}\` on this ${p.on} has no effect in layar and is ignored. Remove it, or keep it if pandoc also builds this deck.`,
  },
  'attribute-value-invalid': {
    severity: 'warning',
    message: (p: { attribute: string; value: string; expected: string }) =>
      `The value \`${clip(p.value)}\` of \`${p.attribute}\` cannot be used; layar expects ${p.expected}. Change the value at this place.`,
  },
  'slide-classification-lower': {
    severity: 'warning',
    message: (p: { slide: string; deck: string }) =>
      `This slide is marked \`${clip(p.slide)}\`, lower than the deck's \`${clip(p.deck)}\`; a slide is never shown below its deck's marking, so its banners say \`${clip(p.deck)}\`. Remove \`classification=\` here, or lower the deck's \`classification:\` if the whole deck is lower.`,
  },
  'slide-classification-unmarked-deck': {
    severity: 'warning',
    message: (p: { slide: string }) =>
      `This slide is marked \`${clip(p.slide)}\`, but the deck has no \`classification:\`, so no slide has room for banners and this marking is not shown. Add \`classification:\` (the deck's own, lowest marking) to the front matter.`,
  },
  'attribute-html-only': {
    severity: 'warning',
    message: (p: { attribute: string }) =>
      `\`${p.attribute}\` is a reveal.js effect with no PowerPoint counterpart: it is applied in the HTML deck only. Remove it if both decks must behave the same.`,
  },
  'slide-hidden': {
    severity: 'warning',
    message: () =>
      'This slide has `visibility="hidden"`, so it is left out of both outputs, as reveal.js and Quarto do. Remove the attribute to show it.',
  },
  'background-contrast': {
    severity: 'warning',
    message: (p: { part: string; ratio: string; foreground: string; background: string; minimum: string }) =>
      `The slide background #${p.background} leaves the ${p.part} (#${p.foreground}) at a contrast of ${p.ratio}:1, below the ${p.minimum}:1 WCAG AA asks for, so it is hard to read. Choose a background colour closer to the theme's, or a theme whose text suits it.`,
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
  'pause-not-stepped': {
    severity: 'warning',
    message: () =>
      'This `. . .` pause is not drawn, and the content after it appears at once: layar shows pauses as steps only at the top level of a slide, not inside a div, list or column. Move it out, or use `::: incremental` around a list.',
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
  'theme-unknown': {
    severity: 'error',
    message: (p: { name: string; known: string }) =>
      `There is no theme \`${p.name}\`. Shipped themes: ${p.known}. Use one of them or a path to a theme folder.`,
  },
  'theme-invalid': {
    severity: 'error',
    message: (p: { detail: string }) => `The theme is not valid: ${p.detail}.`,
  },
  'theme-logo-unusable': {
    severity: 'error',
    message: (p: { path: string; detail: string }) =>
      `The theme's logo \`${p.path}\` cannot be used: ${p.detail}. Put a PNG, JPEG, GIF or SVG file at logo.file in the theme folder, or remove logo.`,
  },
  'text-control-removed': {
    severity: 'warning',
    message: (p: { count: number; chars: string }) =>
      `${p.count === 1 ? 'An invisible control character' : `${p.count} invisible control characters`} (${p.chars}) ${p.count === 1 ? 'was' : 'were'} removed from this line, since slides cannot show ${p.count === 1 ? 'it' : 'them'} and PowerPoint files may not contain ${p.count === 1 ? 'it' : 'them'}. Delete ${p.count === 1 ? 'it' : 'them'} from the content (often pasted from another program).`,
  },
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
  'image-too-large': {
    severity: 'warning',
    message: (p: { path: string; detail: string }) =>
      `The image \`${p.path}\` is too large to embed: ${p.detail}; a placeholder frame with its alt text and source stands in its place. Scale it down (a slide needs at most a few thousand pixels a side) and save it again.`,
  },
  'reference-doc-invalid': {
    severity: 'error',
    message: (p: { path: string; detail: string }) =>
      `The PowerPoint template \`${p.path}\` cannot be used: ${p.detail}. Name a .pptx or .potx file saved by PowerPoint or LibreOffice Impress, or remove \`reference-doc\`.`,
  },
  'reference-doc-missing': {
    severity: 'error',
    message: (p: { path: string }) =>
      `The PowerPoint template \`${p.path}\` does not exist, so neither deck can follow it. Check the path (it is relative to the content file, or to the theme file that names it), or remove \`reference-doc\`.`,
  },
  'reference-doc-outside-root': {
    severity: 'error',
    message: (p: { path: string }) =>
      `The PowerPoint template \`${p.path}\` lies outside the content file's folder, and content may only read files in its own folder. Copy the template next to the content file, or build with \`--allow-outside\` (or name it with \`--reference-doc\`).`,
  },
  'reference-doc-font-substituted': {
    severity: 'warning',
    message: (p: { path: string; font: string; substitute: string }) =>
      `The template \`${p.path}\` uses the font ${p.font}, which has no metric-compatible open font layar knows, so the layout measures with ${p.substitute} and the HTML deck shows ${p.substitute}; PowerPoint keeps ${p.font}, so line breaks there may differ and fit is approximate. Use a template font with an open twin (Calibri, Arial, Cambria, Times New Roman, Courier New), or check the PPTX in PowerPoint.`,
  },
  'reference-doc-layout-missing': {
    severity: 'warning',
    message: (p: { path: string; kind: string; wanted: string; used: string }) =>
      `The template \`${p.path}\` has no layout for ${p.kind} slides (like PowerPoint's \`${p.wanted}\`), so they use its layout \`${p.used}\`. Add such a layout to the template to choose how they look.`,
  },
  'reference-doc-picture-skipped': {
    severity: 'warning',
    message: (p: { path: string; picture: string; format: string }) =>
      `The template \`${p.path}\` draws the picture \`${p.picture}\` on its slides, and it is ${p.format}: browsers cannot show it, so the HTML deck leaves it out; the PPTX keeps it. Save that picture in the template as PNG or SVG to have it in both decks.`,
  },
  'image-fetch-failed': {
    severity: 'warning',
    message: (p: { url: string; detail: string }) =>
      `The remote image \`${p.url}\` could not be fetched: ${p.detail}; a placeholder frame with its alt text and source stands in its place. Check the address, or download it next to the content file and reference it by a relative path.`,
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
  'fragment-not-stepped': {
    severity: 'warning',
    message: () =>
      'This `.fragment` div is not drawn as a step, and its content is shown from the start: layar makes a `.fragment` div a click only at the top level of a slide, not inside another div, a list or a column. Move it out, or use `. . .` pauses or `::: incremental` around a list.',
  },
  'span-attributes-ignored': {
    severity: 'warning',
    message: (p: { attributes: string }) =>
      `The span's ${p.attributes} has no effect in layar (a span draws \`.smallcaps\`, \`.underline\`, \`.mark\`, \`style="color: …"\` and \`lang=…\`); its text is shown without it. Remove it, or keep it if pandoc also builds this deck.`,
  },
  'fragment-span-not-stepped': {
    severity: 'warning',
    message: () =>
      'This `.fragment` span is not drawn as a step, and its text is shown from the start: layar makes a span a click only when it is a whole paragraph at the top level of a slide (or inside a top-level `.fragment` div) or a whole list item there, because PowerPoint reveals text paragraph by paragraph and cannot reveal part of one. Put the text in a paragraph or list item of its own, or keep it if pandoc also builds this deck.',
  },
  'fragment-style-html-only': {
    severity: 'warning',
    message: (p: { style: string; drawn: string }) =>
      `The fragment style \`.${p.style}\` is drawn by reveal.js in the HTML deck only: PowerPoint has no such effect, so the PPTX ${p.drawn}. Use \`.fade-in\`, \`.fade-up\`, \`.fade-down\`, \`.fade-out\`, \`.zoom-in\`, \`.grow\`, \`.shrink\`, \`.semi-fade-out\` or \`.highlight-red\`/\`-green\`/\`-blue\` for the same effect in both, or keep it if the PPTX can do without.`,
  },
  'math-invalid': {
    severity: 'error',
    message: (p: { reason: string }) =>
      `This TeX formula cannot be typeset: ${p.reason}. The slides would otherwise show raw TeX; fix the formula (MathJax's TeX with the AMS packages is supported), or put it in backticks to show it as code.`,
  },
} as const satisfies Record<string, Rule<never>>

/** One catalog entry: how bad it is and how to say it. */
export interface Rule<P> {
  /** `info` says what layar decided for the author (a detected language, a fallback title); it never fails a build. */
  severity: 'error' | 'warning' | 'info'
  message: (params: P) => string
}

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

/** A slide title short enough for one message line (a 5,000-character heading would drown the report). */
function clip(title: string): string {
  const chars = [...title]
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : title
}
