import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../../src/render/pptx/plan/sha256.js'

const nodeSha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

describe('sha256Hex (the table style GUID, without loading node:crypto)', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1')
  })

  it('equals node:crypto on any text, across block and padding boundaries (55, 56, 64 bytes…)', () => {
    for (let length = 0; length <= 200; length++) expect(sha256Hex('x'.repeat(length)), `${length}`).toBe(nodeSha256('x'.repeat(length)))
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(nodeSha256(text))
      }),
      { numRuns: 2_000 },
    )
  })
})
