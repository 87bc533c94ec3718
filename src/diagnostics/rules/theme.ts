import type { Rule } from '../rule.js'

/** Themes: the name asked for, the theme file, and its logo. */
export const themeRules = {
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
} as const satisfies Record<string, Rule<never>>
