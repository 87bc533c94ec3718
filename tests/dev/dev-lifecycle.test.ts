import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runDev } from '../../src/cli/dev/index.js'
import { openEvents, pngBytes, rawGet, startDev, until } from './dev-session.js'

const deck = (word: string): string => `---\ntitle: Siklus\n---\n\n## Satu\n\nKata ${word}.\n`

/** How many of each kind of libuv handle keep the process alive. */
function handleCounts(): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const name of process.getActiveResourcesInfo()) counts[name] = (counts[name] ?? 0) + 1
  return counts
}

describe('layar dev lifecycle', () => {
  it('shuts the server, the event streams and the watchers down when the signal aborts', async () => {
    const before = handleCounts()
    const dev = await startDev({ 'deck.md': deck('satu') })
    const events = await openEvents(dev.url)
    expect(handleCounts().FSEventWrap ?? 0).toBeGreaterThan(before.FSEventWrap ?? 0)
    expect(await dev.stop()).toBe(0)
    events.close()
    await expect(rawGet(dev.port, '/')).rejects.toThrow(/ECONNREFUSED/)
    await until(
      () => {
        const after = handleCounts()
        return ['TCPServerWrap', 'TCPSocketWrap', 'FSEventWrap', 'StatWatcher'].every((kind) => (after[kind] ?? 0) <= (before[kind] ?? 0))
      },
      5_000,
      () => `handles left open: ${JSON.stringify(handleCounts())} (before: ${JSON.stringify(before)})`,
    )
  })

  it('build --watch (no server) rewrites dist on every save', async () => {
    const dev = await startDev({ 'deck.md': deck('awal') }, { serve: false })
    expect(dev.url).toBe('')
    expect(await readFile(join(dev.dir, 'dist/deck.html'), 'utf8')).toContain('Kata awal')
    await writeFile(join(dev.dir, 'deck.md'), deck('berubah'))
    await until(() => /^rebuilt in/m.test(dev.stdout()), 20_000, () => dev.stdout())
    expect(await readFile(join(dev.dir, 'dist/deck.html'), 'utf8')).toContain('Kata berubah')
    // No page is served, so none is reloaded: the line says the files were written.
    expect(dev.stdout()).toMatch(/^rebuilt in \d+ ms \(.*\); written \d+ ms after the save$/m)
    expect(dev.stdout()).not.toContain('reload')
    expect(await dev.stop()).toBe(0)
  })

  it('rebuilds when a file of a path theme (and its extends chain) changes', async () => {
    const dev = await startDev({
      'deck.md': '---\ntitle: Tema\ntheme: ./brand\n---\n\n## Satu\n\nIsi.\n',
      'brand/theme.yaml': 'extends: minimal\ncolors:\n  text: "1F2328"\n',
    })
    const events = await openEvents(dev.url)
    expect((await (await fetch(dev.url)).text()).toLowerCase()).not.toContain('2a3b4c')
    await writeFile(join(dev.dir, 'brand/theme.yaml'), 'extends: minimal\ncolors:\n  text: "2A3B4C"\n')
    await events.next('reload', 0)
    expect((await (await fetch(dev.url)).text()).toLowerCase()).toContain('2a3b4c')
    events.close()
    await dev.stop()
  })

  it('refuses an image that is a symlink to a file outside the content folder, as layar build does', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'layar-outside-'))
    await writeFile(join(outside, 'rahasia.png'), pngBytes(4, 4))
    const dev = await startDev({ 'deck.md': '---\ntitle: Tautan\n---\n\n## Satu\n\n![Peta](peta.png)\n' })
    const events = await openEvents(dev.url)
    await symlink(join(outside, 'rahasia.png'), join(dev.dir, 'peta.png'))
    await writeFile(join(dev.dir, 'deck.md'), '---\ntitle: Tautan\n---\n\n## Satu\n\n![Peta itu](peta.png)\n')
    // Since issue 13 a refused image is a placeholder frame with a warning, not a failed build: the
    // page reloads, shows the placeholder, and never carries the file's bytes.
    await events.next('reload', 0)
    const page = await (await fetch(dev.url)).text()
    expect(page).toContain('layar-placeholder')
    expect(page).not.toContain('data:image/png')
    events.close()
    await dev.stop()
  })

  it('recovers when a missing image and its missing folder are created', async () => {
    const dev = await startDev({ 'deck.md': '---\ntitle: Gambar\n---\n\n## Satu\n\n![Peta](pics/baru.png)\n' })
    const events = await openEvents(dev.url)
    // A missing image is a placeholder (a warning, since issue 13): the first build succeeds without it.
    const first = await (await fetch(dev.url)).text()
    expect(first).toContain('layar-placeholder')
    expect(first).not.toContain('data:image/png')
    await mkdir(join(dev.dir, 'pics'))
    await new Promise((resolve) => setTimeout(resolve, 300)) // the folder alone rebuilds (still a placeholder) and gets watched
    await writeFile(join(dev.dir, 'pics/baru.png'), pngBytes(30, 20))
    // The rebuild after the write serves the picture (and tells the page to reload).
    let page = first
    for (const end = Date.now() + 20_000; !page.includes('data:image/png') && Date.now() < end; ) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      page = await (await fetch(dev.url)).text()
    }
    expect(events.events.some((event) => event.type === 'reload')).toBe(true)
    expect(await (await fetch(dev.url)).text()).toContain('data:image/png')
    events.close()
    await dev.stop()
  })

  it('exits 2 when the input is missing or holds no single deck', async () => {
    const io = (log: string[]) => ({ cwd: process.cwd(), env: {}, color: false, stdout: () => {}, stderr: (t: string) => void log.push(t), signal: new AbortController().signal })
    const options = { port: 0, host: '127.0.0.1', open: false, outDir: 'dist', theme: null, serve: true }
    const missing: string[] = []
    expect(await runDev({ ...options, input: 'no/such/deck.md' }, io(missing))).toBe(2)
    expect(missing.join('')).toContain('No such file or folder: no/such/deck.md')
    const many: string[] = []
    expect(await runDev({ ...options, input: 'tests/dev' }, { ...io(many), cwd: process.cwd() })).toBe(2)
  })

  it('exits 2 with a message when the port is taken', async () => {
    const first = await startDev({ 'deck.md': deck('satu') })
    const second = await startDev({ 'deck.md': deck('dua') }, { port: first.port }).catch((error: Error) => error)
    expect(second).toBeInstanceOf(Error)
    expect(String(second)).toMatch(/code 2\)[\s\S]*cannot serve on 127\.0\.0\.1:\d+/)
    await first.stop()
  })
})
