/**
 * `npm run bench -- --hostile`: builds the inputs that once took minutes
 * (issue 21) with the compiled CLI, both outputs, once each, and prints how
 * long each took against the 5 s target. Run alone: it is not part of the
 * speed bench's figures.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'

/** The per-input target of issue 21, for both outputs. */
const TARGET_MS = 5_000

/** A word of `length` letters and digits, without spaces (a pasted hash or token). */
function token(length: number): string {
  let out = ''
  for (let i = 0; i < length; i++) out += 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7) % 36]
  return out
}

/** The hostile decks, by name: each body is one slide's worth after a small title. */
export function hostileDecks(): Array<{ name: string; markdown: string }> {
  const front = '---\ntitle: Hostile input\n---\n\n'
  const footnotes = Array.from({ length: 2_000 }, (_, i) => `[^n${i + 1}]`).join('')
  const notes = Array.from({ length: 2_000 }, (_, i) => `[^n${i + 1}]: Note ${i + 1}.`).join('\n')
  return [
    { name: '20,000-character word', markdown: `${front}## Token\n\nA pasted token: ${token(20_000)}.\n` },
    { name: '5,000-character heading word', markdown: `${front}## Title with ${token(5_000)} in it\n\nBody.\n` },
    { name: '3,000 nested braces', markdown: `${front}## Math\n\n$${'\\frac{1}{'.repeat(3_000)}x${'}'.repeat(3_000)}$\n` },
    { name: '1 MB attribute value', markdown: `${front}## Attribute {key="${token(1_000_000)}"}\n\nBody.\n` },
    { name: '2,000 footnotes', markdown: `${front}## Notes\n\nText${footnotes}.\n\n${notes}\n` },
    { name: '20,000 nested brackets', markdown: `${front}## Brackets\n\n${'['.repeat(20_000)}x${']'.repeat(20_000)}\n` },
    { name: '2,000 nested inline notes', markdown: `${front}## Notes\n\n${'x^['.repeat(2_000)}a${']'.repeat(2_000)}\n` },
    { name: '4,000 nested emphasis marks', markdown: `${front}## Emphasis\n\n${'*a '.repeat(4_000)}x${' a*'.repeat(4_000)}\n` },
    { name: '20,000 unmatched emphasis closers', markdown: `${front}## Emphasis\n\n${'a* '.repeat(20_000)}\n` },
    { name: 'quotes 5,000 deep on 50 lines', markdown: `${front}## Quotes\n\n${Array.from({ length: 50 }, () => `${'> '.repeat(5_000)}x`).join('\n')}\n` },
    // Each span costs every stage memory: 500,000 took 2.8 GB and 94 s in the parser alone (issue 20); refused before it.
    { name: '499,000 code spans (2 MB, past the inline-mark bound)', markdown: `${front}## Spans\n\n${'`a` '.repeat(499_000)}\n` },
    // Each line and block costs the parser memory: 497,000 list items took 4.4 GB and 150 s before running out (issue 20); refused before it.
    { name: '497,000 list items (2 MB, past the block bound)', markdown: `${front}## Items\n\n${'- a\n'.repeat(497_000)}` },
    { name: 'a list 200 levels deep', markdown: `${front}## List\n\n${Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n` },
    { name: 'a quote paragraph with 20,000 lazy lines', markdown: `${front}## Lazy\n\n> quoted\n${'lazy line\n'.repeat(20_000)}` },
    // 1,000 parsed in 2.8 s before micromark's EditMap fix (vendor/micromark-util-edit-map). Each heading is a
    // slide, so more of them measure slide count, not parsing: 3,000 setext slides cost what 3,000 `##` slides
    // do (7.7 s for both outputs, idle; the PPTX is 6 s of it), a figure for the many-slides bench of issue 20.
    { name: '1,000 setext headings (`Title` over `-----`, 1,000 slides)', markdown: `${front}${Array.from({ length: 1_000 }, (_, i) => `Slide ${i}\n-----\n\nText ${i}.\n`).join('\n')}` },
  ]
}

/** Builds every hostile deck once and prints a table; returns whether all met the target. */
export function runHostileBench(repo: string, log: (line: string) => void): boolean {
  const work = mkdtempSync(join(tmpdir(), 'layar-hostile-'))
  log(`hostile inputs (issue 21): one cold build each, HTML + PPTX, target < ${TARGET_MS / 1000} s; load average ${loadavg()[0]?.toFixed(1)}`)
  log('| input | time | exit code | result |')
  log('| --- | ---: | ---: | --- |')
  let allPass = true
  hostileDecks().forEach((deck, i) => {
    const path = join(work, `hostile-${i}.md`)
    writeFileSync(path, deck.markdown)
    const start = performance.now()
    const run = spawnSync(process.execPath, [join(repo, 'bin/layar.js'), 'build', path, '--out', join(work, 'out')], {
      env: { ...process.env, LAYAR_CACHE_DIR: '' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    })
    const ms = performance.now() - start
    const pass = ms < TARGET_MS && run.status !== null && run.status <= 1
    allPass &&= pass
    log(`| ${deck.name} | ${(ms / 1000).toFixed(2)} s | ${run.status ?? run.signal} | ${pass ? 'PASS' : 'FAIL'} |`)
  })
  return allPass
}
