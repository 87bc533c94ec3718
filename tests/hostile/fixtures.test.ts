import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fromHtml } from 'hast-util-from-html'
import { selectAll } from 'hast-util-select'
import { toText } from 'hast-util-to-text'
import { describe, expect, test } from 'vitest'
import { readPptx } from '../support/pptx.js'
import { setups } from './setups.js'
import { buildCase, fixturesRoot, positionedProblems } from './support.js'

const cases = readdirSync(fixturesRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('size-'))
  .map((entry) => entry.name)
  .sort()

/** The three scripts every deck carries: reveal.js, its notes plugin, the start-up call. */
const OWN_SCRIPTS = 3

/** What of the HTML could run: script elements, event attributes, script URLs. */
export function executableContent(html: string): { scripts: number; handlers: string[]; urls: string[]; payloadInScript: boolean } {
  const tree = fromHtml(html)
  const scripts = selectAll('script', tree)
  const handlers: string[] = []
  const urls: string[] = []
  for (const element of selectAll('*', tree)) {
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) handlers.push(`${element.tagName} ${name}`)
      if (['href', 'src', 'action', 'formAction', 'xLinkHref'].includes(name) && /^\s*(javascript|vbscript|data):/i.test(String(value))) {
        if (!(element.tagName === 'img' && /^data:image\/(png|jpeg|gif|svg\+xml);/.test(String(value)))) urls.push(`${element.tagName} ${String(value)}`)
      }
    }
  }
  return { scripts: scripts.length, handlers, urls, payloadInScript: scripts.some((script) => toText(script).includes('__xss')) }
}

describe('hostile fixtures', () => {
  test('there are fixtures for every area', () => {
    for (const prefix of ['image-', 'yaml-', 'text-', 'xss-']) expect(cases.some((name) => name.startsWith(prefix))).toBe(true)
  })

  test.each(cases)('%s', async (name) => {
    const build = await buildCase(name, { setup: setups[name] })
    await expect(build.messages).toMatchFileSnapshot(join(fixturesRoot, name, 'messages.txt'))
    expect(positionedProblems(build.deck)).toEqual([])
    if (build.html !== null) {
      const found = executableContent(build.html)
      expect(found).toEqual({ scripts: OWN_SCRIPTS, handlers: [], urls: [], payloadInScript: false })
    }
    if (build.pptx !== null) {
      const pptx = await readPptx(build.pptx) // throws if any part is not well-formed
      const targets = pptx.paths.filter((path) => path.endsWith('.rels')).flatMap((path) => [...pptx.text(path).matchAll(/Target="([^"]*)"/g)].map((m) => m[1] ?? ''))
      expect(targets.filter((target) => /^\s*(javascript|vbscript|data|file):/i.test(target))).toEqual([])
    }
  })
})
