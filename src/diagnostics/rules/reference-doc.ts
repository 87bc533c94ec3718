import type { Rule } from '../rule.js'

/** The organisation's PowerPoint template (`reference-doc`): finding and reading it, and what of it both decks cannot follow. */
export const referenceDocRules = {
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
} as const satisfies Record<string, Rule<never>>
