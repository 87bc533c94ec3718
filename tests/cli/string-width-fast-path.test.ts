import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'

type Width = (string: string, options?: { ambiguousIsNarrow?: boolean }) => number

const root = resolve(__dirname, '../..')
// A computed path: the shim is plain JavaScript for the bundle, without types.
const shim = pathToFileURL(join(root, 'scripts/bundle-shims/string-width-fast-path.mjs')).href
const { default: fastStringWidth, ONE_COLUMN_EACH } = (await import(shim)) as { default: Width; ONE_COLUMN_EACH: RegExp }

/** The characters of the Basic Multilingual Plane the shim answers for itself. */
function oneColumnCharacters(): string[] {
  const characters = Array.from({ length: 0x10000 }, (_, i) => String.fromCharCode(i))
  return characters.filter((character) => ONE_COLUMN_EACH.test(character))
}

describe('the bundle’s string-width fast path (scripts/bundle-shims/string-width-fast-path.mjs)', () => {
  it('gives string-width’s answer for every character it answers for itself, alone and in runs', () => {
    const characters = oneColumnCharacters()
    expect(characters.length).toBeGreaterThan(700)
    for (const character of characters) expect([character, fastStringWidth(character)]).toEqual([character, stringWidth(character)])
    // Neighbours never join into one grapheme: a run is as wide as string-width says.
    for (let i = 0; i + 7 <= characters.length; i += 3) {
      const run = characters.slice(i, i + 7).join('')
      expect([run, fastStringWidth(run)]).toEqual([run, stringWidth(run)])
    }
  })

  it('leaves wide, combining, emoji, control and escaped text to string-width', () => {
    const texts = ['漢字', 'e\u0301', '©', '®', '👍', 'a\u00adb', '\u001b[33mwarning\u001b[39m', 'tab\there', '…(lanjutan)', '“quoted” — ok']
    for (const text of texts) expect([text, fastStringWidth(text)]).toEqual([text, stringWidth(text)])
  })

  it('passes options through to string-width', () => {
    expect(fastStringWidth('ß§', { ambiguousIsNarrow: false })).toBe(stringWidth('ß§', { ambiguousIsNarrow: false }))
    expect(fastStringWidth('ß§', { ambiguousIsNarrow: false })).toBe(4)
  })
})
