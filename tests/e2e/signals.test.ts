import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '../..')

/**
 * A deck whose build takes many seconds of synchronous layout: ninety slides, each with a
 * 20,000-character word (about 7 s on an idle 2-core machine, just under the 2 M-character limit),
 * so a signal sent 2 s in always finds it busy.
 */
function busyDeck(): string {
  let word = ''
  for (let i = 0; i < 20_000; i++) word += 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7) % 36]
  const slides = Array.from({ length: 90 }, (_, i) => `## Token ${i + 1}\n\nA pasted token: ${word}${i}.\n`)
  return `---\ntitle: Busy\n---\n\n${slides.join('\n')}`
}

/** The CLI as users run it, in `dir`; resolves with how it ended and how long after `signalAt` it took. */
function startCli(args: string[], dir: string): { child: ReturnType<typeof spawn>; ended: Promise<{ code: number | null; signal: string | null; at: number }>; output: () => string } {
  const child = spawn(process.execPath, [join(root, 'bin/layar.js'), ...args], { cwd: dir, env: { ...process.env, LAYAR_CACHE_DIR: '' } })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const ended = new Promise<{ code: number | null; signal: string | null; at: number }>((done) => child.on('exit', (code, signal) => done({ code, signal, at: Date.now() })))
  return { child, ended, output: () => output }
}

const delay = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms))

/** A folder with a small deck built once (the previous outputs) and the busy deck under the same name, to build next. */
function withPreviousOutputs(): { dir: string; outputs: () => Record<string, { bytes: string; mtime: number }> } {
  const dir = mkdtempSync(join(tmpdir(), 'layar-signal-'))
  mkdirSync(join(dir, 'dist'))
  writeFileSync(join(dir, 'dist/deck.html'), 'previous html')
  writeFileSync(join(dir, 'dist/deck.pptx'), 'previous pptx')
  writeFileSync(join(dir, 'deck.md'), busyDeck())
  const outputs = (): Record<string, { bytes: string; mtime: number }> =>
    Object.fromEntries(readdirSync(join(dir, 'dist')).map((name) => [name, { bytes: readFileSync(join(dir, 'dist', name), 'utf8'), mtime: statSync(join(dir, 'dist', name)).mtimeMs }]))
  return { dir, outputs }
}

describe('a signal ends a busy command within 2 s, leaving the previous outputs as they were', () => {
  expect(existsSync(join(root, 'dist-lib/bundle/layar.cjs')), 'the bundle is missing: run `npm run compile`').toBe(true)

  // A one-shot build runs in the main thread with the signals' default action outside writing
  // (src/cli/signal-windows.ts): the signal itself ends it, as a shell's 128 + n reports.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`layar build, ${signal}: ended by the signal, no output or temporary file written`, async () => {
      const { dir, outputs } = withPreviousOutputs()
      const before = outputs()
      const run = startCli(['build', 'deck.md'], dir)
      // Past start-up and parsing, into the layout of the first long words.
      await delay(2_000)
      const sentAt = Date.now()
      run.child.kill(signal)
      const ended = await run.ended
      expect({ code: ended.code, signal: ended.signal }, run.output()).toEqual({ code: null, signal })
      expect(ended.at - sentAt).toBeLessThan(2_000)
      expect(outputs()).toEqual(before)
    }, 60_000)
  }

  // `build --watch` runs long, in the build thread, like `dev`.
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`layar build --watch, ${signal} during its first build: exit code ${code}`, async () => {
      const { dir, outputs } = withPreviousOutputs()
      const before = outputs()
      const run = startCli(['build', 'deck.md', '--watch'], dir)
      await delay(2_000)
      const sentAt = Date.now()
      run.child.kill(signal)
      const ended = await run.ended
      expect({ code: ended.code, signal: ended.signal }, run.output()).toEqual({ code, signal: null })
      expect(ended.at - sentAt).toBeLessThan(2_000)
      expect(outputs()).toEqual(before)
    }, 60_000)
  }

  it('layar dev, SIGTERM during its first build: exit code 143', async () => {
    const { dir, outputs } = withPreviousOutputs()
    const before = outputs()
    const run = startCli(['dev', 'deck.md', '--port', '0'], dir)
    await delay(2_000)
    const sentAt = Date.now()
    run.child.kill('SIGTERM')
    const ended = await run.ended
    expect({ code: ended.code, signal: ended.signal }, run.output()).toEqual({ code: 143, signal: null })
    expect(ended.at - sentAt).toBeLessThan(2_000)
    expect(outputs()).toEqual(before)
  }, 60_000)

  it('layar dev, SIGTERM during a busy rebuild after an edit: exit code 143 within 2 s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-signal-'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Small\n---\n\n## One\n\nText.\n')
    const run = startCli(['dev', 'deck.md', '--port', '0'], dir)
    const deadline = Date.now() + 30_000
    while (!/serving .* at (http:\S+)/.test(run.output()) && Date.now() < deadline) await delay(50)
    expect(run.output()).toMatch(/serving .* at http:/)
    const served = readFileSync(join(dir, 'dist/deck.html'), 'utf8')
    writeFileSync(join(dir, 'deck.md'), busyDeck())
    await delay(2_000)
    const sentAt = Date.now()
    run.child.kill('SIGTERM')
    const ended = await run.ended
    expect({ code: ended.code, signal: ended.signal }, run.output()).toEqual({ code: 143, signal: null })
    expect(ended.at - sentAt).toBeLessThan(2_000)
    expect(run.output()).not.toMatch(/rebuilt in/)
    expect(readFileSync(join(dir, 'dist/deck.html'), 'utf8')).toBe(served)
  }, 60_000)

  it('layar dev, SIGINT while serving: closes the server and exits with 130', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'layar-signal-'))
    writeFileSync(join(dir, 'deck.md'), '---\ntitle: Small\n---\n\n## One\n\nText.\n')
    const run = startCli(['dev', 'deck.md', '--port', '0'], dir)
    const deadline = Date.now() + 30_000
    while (!/serving .* at (http:\S+)/.test(run.output()) && Date.now() < deadline) await delay(50)
    const url = /serving .* at (http:\S+)/.exec(run.output())?.[1]
    expect(url, run.output()).toBeDefined()
    expect((await fetch(url ?? '')).status).toBe(200)
    const sentAt = Date.now()
    run.child.kill('SIGINT')
    const ended = await run.ended
    expect({ code: ended.code, signal: ended.signal }, run.output()).toEqual({ code: 130, signal: null })
    expect(ended.at - sentAt).toBeLessThan(2_000)
    await expect(fetch(url ?? '')).rejects.toThrow()
  }, 60_000)
})
