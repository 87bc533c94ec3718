import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// The pipeline runs one way (../shared/DESIGN.md):
// model ← diagnostics ← {theme, parse} ← layout ← {render/html, render/pptx} ← build ← cli
const allowed: Record<string, string[]> = {
  model: ['model'],
  diagnostics: ['model', 'diagnostics'],
  theme: ['model', 'diagnostics', 'theme'],
  parse: ['model', 'diagnostics', 'parse'],
  layout: ['model', 'diagnostics', 'theme', 'parse', 'layout'],
  'render/html': ['model', 'diagnostics', 'theme', 'layout', 'render/html'],
  'render/pptx': ['model', 'diagnostics', 'theme', 'layout', 'render/pptx'],
  build: ['model', 'diagnostics', 'theme', 'parse', 'layout', 'render/html', 'render/pptx', 'build'],
  cli: ['model', 'diagnostics', 'theme', 'parse', 'layout', 'render/html', 'render/pptx', 'build', 'cli', '.'],
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

  it('never prints, exits or reads argv below the CLI', () => {
    const offenders = files
      .filter((file) => !['cli', '.'].includes(layerOf(file)))
      .filter((file) => /\bconsole\.|process\.(exit|argv|env|stdout|stderr)/.test(readFileSync(file, 'utf8')))
    expect(offenders.map((file) => relative(src, file))).toEqual([])
  })
})
