import { describe, expect, it } from 'vitest'
import { looksComplete, SETTLE, settledRead } from '../../src/cli/dev/settled-read.js'
import type { AssetRead } from '../../src/build/index.js'
import { loadAssets } from '../../src/build/load-assets.js'
import { VFile } from 'vfile'
import { pngBytes } from '../support/png.js'

/** A reader that returns each of `reads` in turn (the last one from then on), and counts the calls. */
function sequence(reads: AssetRead[]): { read: () => Promise<AssetRead>; calls: () => number } {
  let calls = 0
  return { read: async () => reads[Math.min(calls++, reads.length - 1)] ?? null, calls: () => calls }
}

const noWait = async (): Promise<void> => {}

describe('reading an image that is still being written (layar dev)', () => {
  const whole = pngBytes(40, 30)
  // The first bytes an exporter has written so far: the signature, not yet the header.
  const half = whole.subarray(0, 12)

  it('tells a cut-short PNG, JPEG, GIF or SVG from a whole one', () => {
    expect(looksComplete(whole)).toBe(true)
    expect(looksComplete(half)).toBe(false)
    expect(looksComplete(new Uint8Array())).toBe(false)
    expect(looksComplete(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9]))).toBe(true)
    expect(looksComplete(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toBe(false)
    expect(looksComplete(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>\n'))).toBe(true)
    expect(looksComplete(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><rect wid'))).toBe(false)
  })

  it('reads a half-written image again until it is whole, so the rebuild reports nothing', async () => {
    const { read, calls } = sequence([half, half, whole])
    const settled = await settledRead(read, noWait)
    expect(settled).toBe(whole)
    expect(calls()).toBe(3)
    // What the build makes of it: the half-written bytes alone would be an `image-unreadable` warning.
    const deck = { meta: {}, slides: [{ type: 'content', title: null, blocks: [{ type: 'image', src: 'peta.png', path: 'peta.png', alt: 'Peta', title: null, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 9 } } }], notes: [], position: { start: { line: 1, column: 1 }, end: { line: 1, column: 9 } } }] }
    const once = new VFile({ path: 'deck.md' })
    await loadAssets(deck as never, once, async () => half)
    expect(once.messages.map((m) => m.ruleId)).toEqual(['image-unreadable'])
    const settledFile = new VFile({ path: 'deck.md' })
    await loadAssets(deck as never, settledFile, () => settledRead(sequence([half, whole]).read, noWait))
    expect(settledFile.messages).toEqual([])
  })

  it('gives up after a moment, so a file that really is broken is still reported', async () => {
    const { read, calls } = sequence([half])
    expect(await settledRead(read, noWait)).toBe(half)
    expect(calls()).toBe(SETTLE.attempts + 1)
  })

  it('reads a whole image, a missing one or a refused one once', async () => {
    for (const result of [whole, null, { problem: 'outside' as const }]) {
      const { read, calls } = sequence([result])
      expect(await settledRead(read, noWait)).toBe(result)
      expect(calls()).toBe(1)
    }
  })
})
