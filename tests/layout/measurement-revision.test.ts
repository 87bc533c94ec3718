import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { MEASUREMENT_REVISION } from '../../src/layout/font-metrics.js'

/** The files whose code decides a text's width, and their hash as of the revision below. */
const measuringFiles = ['src/layout/font-metrics.ts', 'src/layout/font-files.ts']
const measuredBy = { revision: 1, sha256: '6d3f3545279522d929d9a42600afe01b5fcb7684e87e085f8d6afa0ed570f383' }

it('has MEASUREMENT_REVISION bumped whenever the code that measures widths changes', () => {
  const hash = createHash('sha256')
  for (const file of measuringFiles) hash.update(readFileSync(join(import.meta.dirname, '../..', file), 'utf8').replace(/\r\n/g, '\n'))
  expect(
    { revision: MEASUREMENT_REVISION, sha256: hash.digest('hex') },
    'The code that measures text widths changed, and widths cached on disk by earlier builds (see src/cli/width-cache.ts) ' +
      'would still be used. If a width can now differ, bump MEASUREMENT_REVISION in src/layout/font-metrics.ts. ' +
      'Then record the revision and the new hash in this test.',
  ).toEqual(measuredBy)
})
