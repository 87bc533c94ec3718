import type { Rule } from '../rule.js'
import { clip } from './clip.js'

/** How slides are made from the text: headings, columns, notes, directives and divs, attributes, classification marks, backgrounds, pauses and fragments. */
export const slideRules = {
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
  'pause-not-stepped': {
    severity: 'warning',
    message: () =>
      'This `. . .` pause is not drawn, and the content after it appears at once: layar shows pauses as steps only at the top level of a slide, not inside a div, list or column. Move it out, or use `::: incremental` around a list.',
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
} as const satisfies Record<string, Rule<never>>
