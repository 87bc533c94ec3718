import type { Rule } from '../rule.js'

/** Images: finding, reading, fetching and sizing them, and their alt text. */
export const imageRules = {
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
  'image-too-large': {
    severity: 'warning',
    message: (p: { path: string; detail: string }) =>
      `The image \`${p.path}\` is too large to embed: ${p.detail}; a placeholder frame with its alt text and source stands in its place. Scale it down (a slide needs at most a few thousand pixels a side) and save it again.`,
  },
  'image-fetch-failed': {
    severity: 'warning',
    message: (p: { url: string; detail: string }) =>
      `The remote image \`${p.url}\` could not be fetched: ${p.detail}; a placeholder frame with its alt text and source stands in its place. Check the address, or download it next to the content file and reference it by a relative path.`,
  },
} as const satisfies Record<string, Rule<never>>
