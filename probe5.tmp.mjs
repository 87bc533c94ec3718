import { fromMarkdown } from 'mdast-util-from-markdown'
const cases = {
  bracketsClosed: n => '['.repeat(n) + 'x' + ']'.repeat(n),
  bracketsOpen: n => '['.repeat(n) + 'x',
  closeOnly: n => 'x' + ']'.repeat(n),
  pairs: n => '[a] '.repeat(n),
  linkNest: n => '[a '.repeat(n) + ']'.repeat(n) + '(u)',
  images: n => '![a '.repeat(n) + ']'.repeat(n),
}
const [k, ...ns] = process.argv.slice(2)
for (const n of ns.map(Number)) { const t = cases[k](n); const s = performance.now(); fromMarkdown(t); console.log(k, n, t.length, Math.round(performance.now()-s)) }
