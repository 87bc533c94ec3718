import { describe, expect, test } from 'vitest'
import { isSafeUrl } from '../../src/model/index.js'

describe('isSafeUrl', () => {
  test.each(['https://asean.org', 'HTTP://x.id', 'mailto:a@b.id', 'tel:+62', 'lampiran.pdf', './a/b:c', '#bagian', '//cdn.id/x', '?q=1', ''])(
    'allows %j',
    (url) => expect(isSafeUrl(url)).toBe(true),
  )

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'java\u00A0script:x',
    'java\u200Bscript:x',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    'c:/windows',
  ])('rejects %j', (url) => expect(isSafeUrl(url)).toBe(false))
})
