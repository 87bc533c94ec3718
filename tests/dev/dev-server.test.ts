import { readFileSync } from 'node:fs'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openEvents, pngBytes, rawGet, startDev, until, type DevSession, type EventStream } from './dev-session.js'

const deck = (word: string): string => `---
title: Uji Dev
---

## Satu

Kata ${word}.

## Dua

![Peta kawasan](img/peta.png)

## Tiga

Isi tiga.
`

const zipMagic = [0x50, 0x4b, 0x03, 0x04]

describe('layar dev serving a deck', () => {
  let dev: DevSession
  let events: EventStream
  beforeAll(async () => {
    dev = await startDev({ 'deck.md': deck('pertama'), 'img/peta.png': pngBytes(40, 20), '.env': 'SECRET=1\n' })
    events = await openEvents(dev.url)
  })
  afterAll(async () => {
    events?.close()
    expect(await dev?.stop()).toBe(0)
  })

  it('serves the deck with a Download PPTX link and the live-reload client, and writes both outputs', async () => {
    const page = await fetch(dev.url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(page.headers.get('access-control-allow-origin')).toBeNull()
    const html = await page.text()
    expect(html).toContain('Kata pertama')
    expect(html).toMatch(/<a id="layar-dev-download" href="\/deck\.pptx"[^>]*>Download PPTX<\/a>/)
    expect(html).toContain('src="/__layar/client.js"')
    expect((await fetch(new URL('/deck.html', dev.url))).status).toBe(200)
    const client = await fetch(new URL('/__layar/client.js', dev.url))
    expect(client.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(await client.text()).toContain('EventSource')

    const written = await readFile(join(dev.dir, 'dist/deck.html'), 'utf8')
    expect(written).toContain('Kata pertama')
    expect(written).not.toContain('layar-dev-download')
    expect(written).not.toContain('/__layar/')
    // The page is served once the HTML is written; the PPTX follows, and the build's line comes after it.
    await until(() => dev.builds() >= 1, 20_000, () => `no build line:\n${dev.stdout()}`)
    const pptx = new Uint8Array(await readFile(join(dev.dir, 'dist/deck.pptx')))
    expect([...pptx.subarray(0, 4)]).toEqual(zipMagic)
    expect(dev.stdout()).toMatch(/^built in \d+ ms \(parse \d+, assets \d+, layout \d+, html \d+, pptx \d+, write \d+\)/m)
  })

  it('rebuilds on a plain save, reloads once the HTML is written, and serves the new deck and, when made, its PPTX', async () => {
    const since = events.events.length
    const builds = dev.builds()
    const pptxBefore = await readFile(join(dev.dir, 'dist/deck.pptx'))
    await writeFile(join(dev.dir, 'deck.md'), deck('kedua'))
    await events.next('reload', since)
    // The reload is sent once the HTML is in place; the PPTX may still be on its way.
    expect(await readFile(join(dev.dir, 'dist/deck.html'), 'utf8')).toContain('Kata kedua')
    expect(await (await fetch(dev.url)).text()).toContain('Kata kedua')
    // Asked for at once, the PPTX download waits for the new deck's file rather than serving the old one.
    const pptx = await fetch(new URL('/deck.pptx', dev.url))
    await until(() => dev.builds() > builds, 20_000, () => `no build line:\n${dev.stdout()}`)
    expect((await readFile(join(dev.dir, 'dist/deck.pptx'))).equals(pptxBefore)).toBe(false)
    expect(pptx.status).toBe(200)
    expect(pptx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.presentationml.presentation')
    expect(pptx.headers.get('content-disposition')).toMatch(/^attachment/)
    const bytes = new Uint8Array(await pptx.arrayBuffer())
    expect([...bytes.subarray(0, 4)]).toEqual(zipMagic)
    expect(Buffer.from(bytes).includes(Buffer.from('kedua'))).toBe(false) // compressed: compare with dist instead
    expect(Buffer.from(bytes).equals(await readFile(join(dev.dir, 'dist/deck.pptx')))).toBe(true)
    expect(dev.stdout()).toMatch(/^rebuilt in \d+ ms .*page reloaded \d+ ms after the save$/m)
  })

  it('rebuilds on an atomic save (write a temp file, rename it over the deck)', async () => {
    const since = events.events.length
    await writeFile(join(dev.dir, '.deck.md.swp'), deck('ketiga'))
    await rename(join(dev.dir, '.deck.md.swp'), join(dev.dir, 'deck.md'))
    await events.next('reload', since)
    expect(await (await fetch(dev.url)).text()).toContain('Kata ketiga')
    // And again, to prove the watch survived the first rename.
    const again = events.events.length
    await writeFile(join(dev.dir, 'deck.tmp'), deck('keempat'))
    await rename(join(dev.dir, 'deck.tmp'), join(dev.dir, 'deck.md'))
    await events.next('reload', again)
    expect(await (await fetch(dev.url)).text()).toContain('Kata keempat')
  })

  it('does not lose a second save that follows the first within the watcher throttle', async () => {
    for (const gap of [5, 15, 25, 35, 45]) {
      await writeFile(join(dev.dir, 'deck.md'), deck(`cepat${gap}a`))
      await new Promise((resolve) => setTimeout(resolve, gap))
      await writeFile(join(dev.dir, 'deck.md'), deck(`cepat${gap}b`))
      await until(() => readFileSyncSafe(join(dev.dir, 'dist/deck.html')).includes(`Kata cepat${gap}b`), 10_000, () => `save after ${gap} ms was lost`)
    }
    const since = events.events.length
    await writeFile(join(dev.dir, 'deck.md'), deck('keempat'))
    await events.next('reload', since)
  })

  it('rebuilds when a referenced image changes', async () => {
    const since = events.events.length
    const before = await (await fetch(dev.url)).text()
    await writeFile(join(dev.dir, 'img/peta.png'), pngBytes(80, 20))
    await events.next('reload', since)
    expect(await (await fetch(dev.url)).text()).not.toBe(before)
  })

  it('on broken YAML keeps serving the last good deck, sends the diagnostics, and recovers when fixed', async () => {
    const since = events.events.length
    await writeFile(join(dev.dir, 'deck.md'), '---\ntitle: [tidak ditutup\n---\n\n## Satu\n\nKata rusak.\n')
    const error = await events.next('error', since)
    const payload = JSON.parse(error.data) as { messages: Array<{ file: string; line: number; column: number; ruleId: string; reason: string; severity: string }> }
    const yaml = payload.messages.find((message) => message.ruleId === 'front-matter-yaml')
    // At the unclosed `[` itself (2:8), not where the YAML parser gave up (3:1).
    expect(yaml).toMatchObject({ file: 'deck.md', severity: 'error', line: 2, column: 8 })
    expect(events.events.slice(since).some((event) => event.type === 'reload')).toBe(false)
    const served = await (await fetch(dev.url)).text()
    expect(served).toContain('Kata keempat')
    expect(await readFile(join(dev.dir, 'dist/deck.html'), 'utf8')).toContain('Kata keempat')

    // A page that connects now learns about the error at once.
    const late = await openEvents(dev.url)
    expect(JSON.parse((await late.next('error', 0)).data).messages.length).toBeGreaterThan(0)
    late.close()

    const fixed = events.events.length
    await writeFile(join(dev.dir, 'deck.md'), deck('pulih'))
    await events.next('ok', fixed)
    await events.next('reload', fixed)
    expect(await (await fetch(dev.url)).text()).toContain('Kata pulih')
  })

  it('survives the content file being deleted and re-created', async () => {
    const since = events.events.length
    await rm(join(dev.dir, 'deck.md'))
    await events.next('error', since)
    const back = events.events.length
    await writeFile(join(dev.dir, 'deck.md'), deck('kembali'))
    await events.next('reload', back)
    expect(await (await fetch(dev.url)).text()).toContain('Kata kembali')
  })

  it('answers 404 to anything but the deck, its PPTX, the event stream and the client', async () => {
    for (const path of ['/..%2f..%2fetc/passwd', '/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/.env', '/deck.md', '/dist/', '/img/peta.png', '/dist/deck.html', '/__layar/', '/%E0%A4%A']) {
      const response = await rawGet(dev.port, path)
      expect(response.status, path).toBe(404)
      expect(response.body).not.toContain('SECRET')
    }
  })

  it('refuses a foreign Host (403) and a foreign Origin on the event stream (403), and sends no CORS headers', async () => {
    for (const host of ['evil.example', `evil.example:${dev.port}`, '127.0.0.1:1', `127.0.0.1.evil.example:${dev.port}`]) {
      expect((await rawGet(dev.port, '/', { host })).status, host).toBe(403)
    }
    for (const host of [`localhost:${dev.port}`, `[::1]:${dev.port}`, `LOCALHOST:${dev.port}`]) {
      expect((await rawGet(dev.port, '/', { host })).status, host).toBe(200)
    }
    const foreign = await openEvents(dev.url, { origin: 'http://evil.example' })
    expect(foreign.status).toBe(403)
    const ownOrigin = await openEvents(dev.url, { origin: `http://127.0.0.1:${dev.port}` })
    expect(ownOrigin.status).toBe(200)
    ownOrigin.close()
    const page = await rawGet(dev.port, '/', { origin: 'http://evil.example' })
    expect(Object.keys(page.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
  })

  it('lets a save made while the PPTX is still being made supersede it: the download and dist end with the newest deck', async () => {
    const since = events.events.length
    await writeFile(join(dev.dir, 'deck.md'), deck('lama'))
    await events.next('reload', since)
    // At once: the PPTX of `lama` is likely still being made.
    const next = events.events.length
    await writeFile(join(dev.dir, 'deck.md'), deck('baru'))
    await events.next('reload', next)
    const download = Buffer.from(await (await fetch(new URL('/deck.pptx', dev.url))).arrayBuffer())
    expect(await pptxText(download)).toContain('Kata baru')
    const reloads = events.events.filter((event) => event.type === 'reload').length
    await until(() => dev.builds() >= reloads, 20_000, () => dev.stdout())
    expect(download.equals(await readFile(join(dev.dir, 'dist/deck.pptx')))).toBe(true)
  })

  it('turns 50 saves within a second into at most two builds, the last save winning', async () => {
    const before = dev.builds()
    const since = events.events.length
    for (let i = 0; i < 50; i++) {
      await writeFile(join(dev.dir, 'deck.md'), deck(`simpan${i}`))
      await new Promise((resolve) => setTimeout(resolve, 15))
    }
    await until(() => /Kata simpan49/.test(readFileSyncSafe(join(dev.dir, 'dist/deck.html'))), 20_000)
    await new Promise((resolve) => setTimeout(resolve, 500)) // room for a stray third build to show up
    const reloads = events.events.slice(since).filter((event) => event.type === 'reload').length
    // Each build's line is printed once its PPTX is written (or left to a newer save), after its reload.
    await until(() => dev.builds() - before >= reloads, 20_000, () => `${reloads} reloads, fewer build lines:\n${dev.stdout()}`)
    const builds = dev.builds() - before
    expect(builds).toBeGreaterThanOrEqual(1)
    expect(builds, dev.stdout()).toBeLessThanOrEqual(2)
    expect(reloads).toBe(builds)
    expect(await (await fetch(dev.url)).text()).toContain('Kata simpan49')
  })
})

/** The text of every slide of a PPTX. */
async function pptxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
  return (await Promise.all(slides.map((name) => zip.file(name)!.async('string')))).join('\n')
}

function readFileSyncSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return ''
  }
}
