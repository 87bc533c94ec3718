import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { build } from '../../src/index.js'
import { shippedThemeNames } from '../../src/theme/index.js'
import { validatePptx } from '../support/ooxml-schema.js'
import { buildSample } from './build-sample.js'

/**
 * Every part of the PPTX validates against the ISO/IEC 29500 transitional
 * schemas (PowerPoint offers to repair files that do not, even when
 * LibreOffice opens them): the default deck in every shipped theme, and the
 * sample deck of the other PPTX tests.
 */
const repo = join(import.meta.dirname, '..', '..')

/** The default deck's PPTX in `theme`, built as `layar build` builds it (nothing written). */
async function defaultDeckPptx(theme: string): Promise<Uint8Array> {
  const result = await build({ inputs: ['content'], formats: ['pptx'], theme, cwd: repo, dryRun: true })
  if (result.type !== 'done') throw new Error(`build failed: ${JSON.stringify(result)}`)
  const pptx = result.decks[0]?.outputs?.pptx
  if (pptx === undefined || pptx === null) throw new Error(`no PPTX: ${String(result.decks[0]?.file.messages)}`)
  return pptx
}

describe.each(shippedThemeNames())('default deck, theme %s', (theme) => {
  it('validates part by part', async () => {
    const pptx = await defaultDeckPptx(theme)
    const report = await validatePptx(pptx)
    expect(report.checked.length).toBeGreaterThan(100)
    expect(report.failures).toEqual([])
  }, 120_000)
})

it('the sample deck validates part by part', async () => {
  const report = await validatePptx(await buildSample())
  expect(report.checked).toContain('ppt/presentation.xml')
  expect(report.failures).toEqual([])
}, 60_000)
