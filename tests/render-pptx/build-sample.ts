import { deckToPptx } from '../../src/render/pptx/index.js'
import { formalTheme } from '../support/theme.js'
import { sampleAssets, sampleDeck } from './sample-deck.js'

/** The document date every sample build uses. */
export const MODIFIED = new Date(Date.UTC(2026, 10, 25, 8, 30, 0))

/** The sample deck as PPTX bytes. */
export function buildSample(): Promise<Uint8Array> {
  return deckToPptx(sampleDeck(), formalTheme(), sampleAssets(), { modified: MODIFIED })
}

/** Compression method of every zip entry, from the central directory. */
export function zipMethods(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  let end = zip.length - 22
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < 0) throw new Error('no end of central directory')
  const count = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  const methods = new Map<string, number>()
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory entry')
    const method = view.getUint16(at + 10, true)
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true)
    const comment = view.getUint16(at + 32, true)
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength))
    methods.set(name, method)
    at += 46 + nameLength + extra + comment
  }
  return methods
}
