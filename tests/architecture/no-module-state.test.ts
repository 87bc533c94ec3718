import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * No module-level mutable state in src/: whatever outlives one build lives
 * in the cache object the caller creates (`createBuildCache`) and passes in,
 * so two builds in one process can never see each other through a module.
 *
 * Checked on the syntax of every top-level statement: no `let` or `var`;
 * no `Map`, `Set`, `WeakMap` or `WeakSet` made at the top level unless it is
 * typed read-only (`ReadonlySet`, `ReadonlyMap`: a constant lookup table);
 * no array literal at the top level unless it is typed `readonly` or `as const`.
 */

const src = join(import.meta.dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

const mutableCollections = new Set(['Map', 'Set', 'WeakMap', 'WeakSet'])

/** Why a top-level declaration is mutable state, or `null`. */
function problemOf(declaration: ts.VariableDeclaration, keyword: string, file: ts.SourceFile): string | null {
  const name = declaration.name.getText(file)
  if (keyword !== 'const') return `\`${keyword} ${name}\``
  const type = declaration.type?.getText(file) ?? ''
  let init = declaration.initializer
  while (init !== undefined && (ts.isParenthesizedExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression
  if (init === undefined) return null
  if (ts.isNewExpression(init) && ts.isIdentifier(init.expression) && mutableCollections.has(init.expression.text) && !type.startsWith('Readonly')) {
    return `\`${name}\` is a module-level ${init.expression.text}`
  }
  if (ts.isArrayLiteralExpression(init) && !type.startsWith('readonly') && !type.startsWith('ReadonlyArray')) {
    return `\`${name}\` is a module-level array (type it \`readonly\` if it is a constant)`
  }
  return null
}

function problemsIn(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true)
  const problems: string[] = []
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue
    const list = statement.declarationList
    const keyword = list.flags & ts.NodeFlags.Let ? 'let' : list.flags & ts.NodeFlags.Const ? 'const' : 'var'
    for (const declaration of list.declarations) {
      const problem = problemOf(declaration, keyword, file)
      if (problem === null) continue
      const { line } = file.getLineAndCharacterOfPosition(declaration.getStart(file))
      problems.push(`${relative(src, path)}:${line + 1}: ${problem}`)
    }
  }
  return problems
}

describe('no module-level mutable state in src/', () => {
  const files = sourceFiles(src)

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(100)
  })

  it('has no top-level let, mutable collection or mutable array', () => {
    expect(files.flatMap(problemsIn)).toEqual([])
  })

  it('catches each kind of module-level state', () => {
    const check = (text: string): string[] => {
      const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.ES2022, true)
      return file.statements.flatMap((statement) =>
        ts.isVariableStatement(statement)
          ? statement.declarationList.declarations.flatMap((d) => problemOf(d, statement.declarationList.flags & ts.NodeFlags.Let ? 'let' : 'const', file) ?? [])
          : [],
      )
    }
    expect(check('let cached = null')).toHaveLength(1)
    expect(check('const cache = new Map<string, number>()')).toHaveLength(1)
    expect(check('const seen = new WeakMap()')).toHaveLength(1)
    expect(check('const list: string[] = []')).toHaveLength(1)
    expect(check("const KNOWN: ReadonlySet<string> = new Set(['a'])")).toEqual([])
    expect(check("const ORDER: readonly string[] = ['a']")).toEqual([])
    expect(check("const ORDER = ['a'] as const")).toEqual([])
  })
})
