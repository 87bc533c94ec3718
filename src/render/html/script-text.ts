import { Script } from 'node:vm'

/**
 * JSON that is safe inside an inline `<script>`: `<`, `>` and `&` become
 * `\u003c`-style escapes (so no `</script>` or `<!--` can appear) and U+2028/
 * U+2029 are escaped for older JavaScript parsers. The result is still JSON.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/**
 * JavaScript made safe to inline in a `<script>` element: `</script` becomes
 * `<\/script` and `<!--` becomes `<\!--`, which mean the same inside strings,
 * templates and regular expressions (where such text occurs in minified
 * code). The result is compiled once to prove it is still valid JavaScript.
 *
 * Note: replacing every `</` would break code like `/^</` (a regex ending
 * after `<`), so only the sequences the HTML parser reacts to are escaped.
 *
 * @throws TypeError if the escaped text no longer compiles.
 */
export function scriptForInline(js: string, name: string): string {
  const escaped = js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--')
  try {
    new Script(escaped, { filename: name })
  } catch (error) {
    throw new TypeError(`${name} cannot be inlined safely: escaping broke it (${String(error)}).`)
  }
  return escaped
}

/**
 * CSS made safe to inline in a `<style>` element: `</` becomes `<\/` (in CSS
 * `\/` is simply `/`), so no `</style>` can end the element early.
 */
export function styleForInline(css: string): string {
  return css.replace(/<\//g, '<\\/')
}
