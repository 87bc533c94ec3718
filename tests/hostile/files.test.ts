import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { assetReader } from '../../src/build/asset-reader.js'
import { nodeHost } from '../../src/node-host.js'
import { makePng, SCRIPT_SVG } from './images.js'
import { setups } from './setups.js'
import { buildCase, buildIn, ruleIds } from './support.js'

describe('images outside the content folder', () => {
  test('--allow-outside reads what the strict build refuses', async () => {
    const setup = (dir: string): void => {
      setups['image-symlink-outside']?.(dir)
      writeFileSync(join(dir, 'input.md'), '---\ntitle: T\n---\n\n## A\n\n![Peta](peta.png)\n\n## B\n\n![Naik](../rahasia/peta-asli.png)\n')
    }
    const strict = await buildCase(null, { setup })
    expect(ruleIds(strict.deck)).toEqual(['image-outside-root', 'image-outside-root'])
    const allowed = await buildIn(strict.dir, { allowOutside: true })
    expect(ruleIds(allowed.deck)).toEqual([])
    expect(allowed.html).toContain('data:image/png;base64,')
  })

  test('a symlink to a device is refused, even with --allow-outside', async () => {
    const setup = (dir: string): void => {
      symlinkSync('/dev/zero', join(dir, 'nol.png'))
      writeFileSync(join(dir, 'input.md'), '---\ntitle: T\n---\n\n## A\n\n![Nol](nol.png)\n')
    }
    const strict = await buildCase(null, { setup })
    expect(ruleIds(strict.deck)).toEqual(['image-outside-root'])
    const allowed = await buildIn(strict.dir, { allowOutside: true, formats: ['html'] })
    expect(allowed.deck.file.messages.filter((m) => m.fatal !== undefined).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason.split(':')[1]?.split('.')[0] ?? ''}`)).toEqual([
      '7:1 image-unreadable  it is not a regular file',
    ])
  })

  test('a symlink loop or a dangling symlink is a missing image', async () => {
    const setup = (dir: string): void => {
      symlinkSync('putar.png', join(dir, 'putar.png'))
      symlinkSync('tidak-ada.png', join(dir, 'gantung.png'))
      writeFileSync(join(dir, 'input.md'), '---\ntitle: T\n---\n\n## A\n\n![Putar](putar.png)\n\n![Gantung](gantung.png)\n')
    }
    const build = await buildCase(null, { setup })
    expect(ruleIds(build.deck)).toEqual(['image-missing', 'image-missing'])
  })
})

describe('remote images', () => {
  let server: Server
  let base = ''
  const png = makePng(20, 10, '0B2545')
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/peta.png') response.end(png)
      else if (request.url === '/besar.png') {
        response.writeHead(200, { 'content-type': 'image/png' })
        const chunk = Buffer.alloc(64 * 1024)
        let sent = 0
        const pump = (): void => {
          while (sent < 4 * 1024 * 1024 && response.write(chunk)) sent += chunk.length
          if (sent < 4 * 1024 * 1024) response.once('drain', pump)
          else response.end()
        }
        pump()
      } else if (request.url === '/lambat.png') setTimeout(() => response.end(png), 3_000)
      else if (request.url === '/skrip.svg') response.end(SCRIPT_SVG)
      else {
        response.statusCode = 404
        response.end('not found')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const deckWith = (urls: string[]) => (dir: string): void => {
    const images = urls.map((url, index) => `![Gambar ${index}](${url})`).join('\n\n')
    writeFileSync(join(dir, 'input.md'), `---\ntitle: T\n---\n\n## A\n\n${images}\n`)
  }

  test('without --fetch-remote nothing is fetched', async () => {
    let requests = 0
    server.on('request', () => requests++)
    const build = await buildCase(null, { setup: deckWith([`${base}/peta.png`]) })
    expect(ruleIds(build.deck)).toEqual(['image-remote'])
    expect(requests).toBe(0)
  })

  test('with --fetch-remote a good image is embedded', async () => {
    const build = await buildCase(null, { fetchRemote: true, setup: deckWith([`${base}/peta.png`]) })
    expect(ruleIds(build.deck)).toEqual([])
    expect(build.html).toContain(`data:image/png;base64,${Buffer.from(png).toString('base64')}`)
    expect(build.pptx).not.toBeNull()
  })

  test('failures are positioned errors (404, no server); a fetched SVG is sanitised', async () => {
    const build = await buildCase(null, { fetchRemote: true, setup: deckWith([`${base}/hilang.png`, `${base}/skrip.svg`, 'http://127.0.0.1:9/x.png']) })
    expect(build.deck.file.messages.filter((m) => m.fatal !== undefined).map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      '7:1 image-fetch-failed',
      '9:1 image-svg-sanitized',
      '11:1 image-fetch-failed',
    ])
    expect(build.deck.file.messages.find((m) => m.fatal !== undefined)?.reason).toContain('404')
  })

  test('the size cap and the timeout hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-remote-'))
    const read = assetReader(nodeHost(dir, undefined), '.', { allowOutside: false, fetchRemote: true }, { timeoutMs: 1_000, maxBytes: 1024 * 1024 })
    expect(await read(`${base}/besar.png`)).toEqual({ problem: 'too-large', detail: 'the download passed 1048576 bytes' })
    // The server answers after 3 s: a read that ignored the 1 s timeout would succeed instead.
    expect(await read(`${base}/lambat.png`)).toEqual({ problem: 'fetch-failed', detail: 'no complete answer within 1 s' })
  })
})
