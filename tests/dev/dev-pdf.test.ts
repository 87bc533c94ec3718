import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startDev } from './dev-session.js'

const deck = `---
title: Uji Unduh PDF
---

## Satu

Kata pertama.

## Dua

Kata kedua.
`

describe('layar dev: "Download PDF"', () => {
  it('offers the link beside the PPTX one and serves the current deck printed to one page per slide', async () => {
    expect(existsSync('/usr/bin/chromium'), 'apt-get install chromium: the PDF test never skips').toBe(true)
    const dev = await startDev({ 'deck.md': deck }, {}, { LAYAR_CHROMIUM: '/usr/bin/chromium' })
    try {
      const page = await (await fetch(dev.url)).text()
      expect(page).toContain('id="layar-dev-download"')
      expect(page).toMatch(/<a id="layar-dev-download-pdf" href="\/deck\.pdf" download="deck\.pdf"[^>]*>Download PDF<\/a>/)
      const response = await fetch(new URL('/deck.pdf', dev.url))
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('application/pdf')
      expect(response.headers.get('content-disposition')).toContain("deck.pdf")
      const file = join(mkdtempSync(join(tmpdir(), 'layar-dev-pdf-')), 'deck.pdf')
      writeFileSync(file, Buffer.from(await response.arrayBuffer()))
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
      // Title slide and two content slides.
      expect(info).toMatch(/^Pages:\s+3$/m)
      expect(info).toMatch(/^Title:\s+Uji Unduh PDF$/m)
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('Kata kedua.')
    } finally {
      await dev.stop()
    }
  }, 120_000)

  it('leaves the link out, says why, and answers 404 when no Chromium is found', async () => {
    const dev = await startDev({ 'deck.md': deck }, {}, { PATH: '/nonexistent' })
    try {
      expect(await (await fetch(dev.url)).text()).not.toContain('Download PDF')
      expect((await fetch(new URL('/deck.pdf', dev.url))).status).toBe(404)
      expect(dev.stderr()).toMatch(/no "Download PDF" link: .*apt-get install chromium/)
    } finally {
      await dev.stop()
    }
  }, 60_000)
})
