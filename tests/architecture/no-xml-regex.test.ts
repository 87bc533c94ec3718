import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/**
 * No regular expressions over generated XML in the renderers: parts are
 * built as trees or changed on parsed trees (`xml-tree.ts`). Checked on the
 * syntax of every file under src/render: no regular expression (a literal,
 * or `RegExp(…)` of a string literal) whose pattern holds XML markup, i.e.
 * a tag (`<a:`, `</`, `<p:`…) or an attribute with its quote (`Target="`).
 * Patterns over part paths, text content and CSS stay allowed.
 */

const render = join(import.meta.dirname, '../../src/render')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** A pattern that matches XML markup: a tag opening or closing, or a quoted attribute value. */
export function looksLikeXmlPattern(pattern: string): boolean {
  return /<\\?\/?[A-Za-z_][\w.-]*(?::|\\s|\\?[\s>/])|[A-Za-z]=\\?["']/.test(pattern)
}

function xmlPatterns(path: string): string[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node) && looksLikeXmlPattern(node.text)) found.push(node.text)
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [first] = node.arguments ?? []
      if (first !== undefined && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first)) && looksLikeXmlPattern(first.text)) found.push(first.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

describe('no regular expressions over generated XML', () => {
  it('recognises patterns over markup, and leaves patterns over paths and text alone', () => {
    for (const pattern of ['/Target="\\.\\.\\/media\\/([^"]+)"/g', '/<a:t>([^<]*)<\\/a:t>/', '/<\\/p:sp>/', '/<p:ph type=\'title\'\\/>/', '/<br\\s*>/']) expect(looksLikeXmlPattern(pattern), pattern).toBe(true)
    for (const pattern of ['/^ppt\\/slides\\/slide(\\d+)\\.xml$/', '/\\s+/g', '/^#x[0-9A-Fa-f]+$/', '/ {2,}/g', '/&/g', '/[<>]/']) expect(looksLikeXmlPattern(pattern), pattern).toBe(false)
  })

  for (const path of sourceFiles(render)) {
    it(`${relative(render, path)} has none`, () => {
      expect(xmlPatterns(path)).toEqual([])
    })
  }
})
