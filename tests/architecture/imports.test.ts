import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The pipeline runs one way (../shared/DESIGN.md):
// model ← diagnostics ← {theme, parse} ← layout ← {render/html, render/pptx} ← render/pdf ← build ← cli
// (render/pdf prints the HTML deck it is handed; it never imports the HTML renderer)
const allowed: Record<string, string[]> = {
  model: ['model'],
  diagnostics: ['model', 'diagnostics'],
  theme: ['model', 'diagnostics', 'theme'],
  parse: ['model', 'diagnostics', 'parse'],
  layout: ['model', 'diagnostics', 'theme', 'parse', 'layout'],
  'render/html': ['model', 'diagnostics', 'theme', 'layout', 'render/html'],
  'render/pptx': ['model', 'diagnostics', 'theme', 'layout', 'render/pptx'],
  'render/pdf': ['model', 'diagnostics', 'theme', 'layout', 'render/pdf'],
  build: ['model', 'diagnostics', 'theme', 'parse', 'layout', 'render/html', 'render/pptx', 'render/pdf', 'build'],
  cli: ['model', 'diagnostics', 'theme', 'parse', 'layout', 'render/html', 'render/pptx', 'render/pdf', 'build', 'cli', '.'],
  '.': ['model', 'diagnostics', 'theme', 'layout', 'build', '.'],
}

const src = resolve(__dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  )
}

/** The layer a file under src/ belongs to: its folder, or render/<name>, or '.' at the top. */
function layerOf(file: string): string {
  const parts = relative(src, file).split('/')
  if (parts.length === 1) return '.'
  return parts[0] === 'render' ? `render/${parts[1]}` : (parts[0] ?? '.')
}

function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1] ?? '')
  return specifiers.map((specifier) => resolve(dirname(file), specifier))
}

describe('import direction', () => {
  const files = sourceFiles(src)

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  it.each(files.map((file) => [relative(src, file), file]))('%s imports only downstream layers', (_name, file) => {
    const layer = layerOf(file)
    const permitted = allowed[layer]
    expect(permitted, `unknown layer ${layer}`).toBeDefined()
    const wrong = relativeImports(file)
      .map((target) => layerOf(target))
      .filter((target) => !permitted?.includes(target))
    expect(wrong).toEqual([])
  })

  it('keeps pptxgenjs inside the PPTX writer adapter only', () => {
    // Static, dynamic and CommonJS imports alike.
    const importers = files.filter((file) => /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]pptxgenjs['"]/.test(readFileSync(file, 'utf8')))
    expect(importers.map((file) => relative(src, file))).toEqual(['render/pptx/write-pptx.ts'])
  })

  it('keeps playwright-core to the Chromium host and the PDF renderer, and never launches a browser below the CLI', () => {
    const importers = files.filter((file) => /(?:from\s*|import\s*\(\s*|require\s*\(\s*)['"]playwright-core['"]/.test(readFileSync(file, 'utf8')))
    // render/pdf imports only its types: the launch is the caller's (src/chromium.ts, used by the CLI and the API).
    const names = importers.map((file) => relative(src, file))
    expect(names.filter((name) => !name.startsWith('render/pdf/'))).toEqual(['chromium.ts'])
    for (const file of importers.filter((path) => layerOf(path) === 'render/pdf')) {
      expect(readFileSync(file, 'utf8'), relative(src, file)).not.toMatch(/import\s+\{[^}]*\}\s+from\s+'playwright-core'|import\s*\(\s*'playwright-core'/)
    }
    const launchers = files.filter((file) => /\.launch(?:PersistentContext)?\s*\(/.test(readFileSync(file, 'utf8')))
    expect(launchers.map((file) => relative(src, file))).toEqual(['chromium.ts'])
  })

  it('never prints, exits or reads argv below the CLI', () => {
    const offenders = files
      .filter((file) => !['cli', '.'].includes(layerOf(file)))
      .filter((file) => /\bconsole\.|process\.(exit|argv|env|stdout|stderr)/.test(readFileSync(file, 'utf8')))
    expect(offenders.map((file) => relative(src, file))).toEqual([])
  })
})
