/**
 * Bundles the CLI into dist-lib/bundle/layar.cjs (run by `npm run compile`, after tsc).
 *
 * Why: a cold `layar build` spent ~250–450 ms resolving and loading a few
 * hundred small ES modules (unified, micromark, hast utilities…) before doing
 * any work. One bundle loads in a fraction of that.
 *
 * Why CommonJS, in one file: `bin/layar.js` runs it through `vm.Script` with
 * V8's code cache (src/cli/launch.ts), which Node 20 offers for scripts, not
 * for ES modules. The lazy imports (the PPTX writer, the dev server) stay lazy:
 * esbuild wraps each in a function that runs on first use.
 *
 * Why wrapped in `(function (exports, require, module, __filename, __dirname) {…})`,
 * the function CommonJS would wrap it in, written into the file rather than
 * added when it is read: V8 compiles one flat string, and concatenating the
 * wrapper at run time made it copy the whole ~3.5 MB source once more at
 * every start (~25 ms of fresh memory on a 2-core VM). The file is therefore
 * not a module `require` can load; src/cli/run-bundle.ts runs it.
 *
 * Why without comments and indentation (`minifyWhitespace`; names are kept
 * for stack traces): every start reads the whole bundle, and a smaller one
 * with only ASCII in it is read as Latin-1, a copy rather than UTF-8
 * decoding (src/cli/run-bundle.ts). The build fails if a non-ASCII
 * character is left, so a new one does not silently slow every start.
 *
 * The bundle sits two folders below the package root, like the compiled
 * modules it replaces, so code that finds files from `import.meta.url`
 * (shipped themes, package.json) and `createRequire` (fonts, reveal.js
 * assets) finds the same files.
 */
import { build } from 'esbuild'
import { readFile, rm } from 'node:fs/promises'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writePreparedParts } from './prepared-parts.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** What the bundle's text starts and ends with; the directive `'use strict'` follows the start (see "Why wrapped" above). */
const BUNDLE_WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {'
const BUNDLE_WRAPPER_END = '\n})'
const outdir = join(root, 'dist-lib/bundle')

/**
 * pptxgenjs loads node:fs and node:https with import() for every slide. In
 * CommonJS esbuild turns each into a fresh copy of the module's namespace
 * (~35 ms over 1,000 slides); `__layarNodeNamespace` (see the banner) makes
 * each namespace once. Checked by count, so an upgrade that changes those
 * lines fails the build here.
 *
 * node:https is loaded for every slide too, but used only to fetch an image
 * given by URL, which layar never hands pptxgenjs (it passes image bytes).
 * Loading it pulls in TLS, HTTP and crypto (~15 % of a cold build's module
 * loading in the build thread), so its namespace has a `get` that loads the
 * real module on first call.
 */
const pptxgenjsNodeImports = {
  name: 'pptxgenjs-node-imports',
  setup(build) {
    build.onLoad({ filter: /[\\/]pptxgenjs[\\/]dist[\\/]pptxgen\.es\.js$/ }, async (args) => {
      let count = 0
      const contents = (await readFile(args.path, 'utf8')).replace(/\bimport\((['"])(node:(?:fs|https))\1\)/g, (_, quote, name) => {
        count++
        return `Promise.resolve(__layarNodeNamespace(${quote}${name}${quote}))`
      })
      if (count !== 3) throw new Error(`pptxgenjs-node-imports: expected 3 import() of node:fs/node:https in ${args.path}, found ${count}`)
      return { contents, loader: 'js' }
    })
  },
}

/**
 * reveal.js's stylesheet, script and notes plugin, escaped for inlining and
 * checked by compiling the script (src/render/html/reveal-assets.ts), are the
 * same for every build of an installation: the bundle carries them as text,
 * made here by that very module (compiled by tsc just before), instead of
 * every build reading, escaping and compiling ~240 KB again.
 */
const revealAssetsAtCompileTime = {
  name: 'reveal-assets-at-compile-time',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]render[\\/]html[\\/]reveal-assets\.ts$/ }, async () => {
      const compiled = (path) => import(pathToFileURL(join(root, 'dist-lib', path)).href)
      const { revealAssets } = await compiled('render/html/reveal-assets.js')
      const { createHtmlCache } = await compiled('render/html/html-cache.js')
      const assets = revealAssets(createHtmlCache())
      const contents = [
        `const assets = Object.freeze(${JSON.stringify(assets)});`,
        'export function revealAssets(cache) {',
        '  cache.reveal ??= assets;',
        '  return cache.reveal;',
        '}',
      ].join('\n')
      return { contents, loader: 'js' }
    })
  },
}

/**
 * The slide master, layouts and theme part of a PPTX depend only on the theme
 * and the deck's locale for most decks, yet every cold build wrote, parsed,
 * transformed and serialised them again (~20 ms CPU, code that runs once).
 * They are prepared here for every shipped theme and known locale
 * (scripts/prepared-parts.mjs, src/render/pptx/prepared-parts.ts), one file
 * each in `prepared-parts/` beside the bundle, which reads the file for its
 * deck's theme and locale; the part cache reuses them only where everything
 * they were written from is the same.
 */
const preparedPartsBeside = {
  name: 'prepared-parts-beside',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]render[\\/]pptx[\\/]prepared-parts-file\.ts$/ }, () => ({
      contents: [
        "const { readFileSync } = require('node:fs');",
        "const { join } = require('node:path');",
        "const { gunzipSync } = require('node:zlib');",
        'export function readPreparedParts(name) {',
        // Gzipped: ~20 KB rather than ~160 KB a file, for 27 files in the package; inflating one takes well under a millisecond.
        "  try { return gunzipSync(readFileSync(join(__dirname, 'prepared-parts', `${name}.gz`))).toString('utf8'); }",
        // No file: a theme or locale nothing was prepared for, built as from the sources.
        '  catch { return null; }',
        '}',
      ].join('\n'),
      loader: 'js',
    }))
  },
}

/**
 * Code most builds never run is bundled on its own beside the main bundle and
 * required the first time it is needed: the PDF writer with pdf-lib (~0.65 MB)
 * and franc with its trigram tables (~0.18 MB). Every start reads the main
 * bundle and copies it into a string (src/cli/run-bundle.ts), each MB ~25 ms
 * on a loaded 2-core VM, so code that is merely there slowed every build.
 * The main bundle requires them by file name; its `require` resolves from its
 * own folder.
 */
const sideBundles = [
  // src/build/build-deck.ts and src/cli/dev/dev-build.ts import() the PDF writer when a PDF is asked for.
  { file: 'pdf.cjs', entry: join(root, 'src/render/pdf/index.ts'), imports: /^(\.\.\/)+render\/pdf\/index\.js$/ },
  // scripts/bundle-shims/franc-min-lazy.mjs requires it when a deck has no `lang`.
  { file: 'franc.cjs', entry: join(root, 'node_modules/franc-min/index.js'), imports: /^\.\/franc\.cjs$/ },
  // src/layout/fontkit-module.ts requires it when a word is not in the width cache (a deck's first build):
  // fontkit and its Unicode tables are ~0.45 MB that later builds only read, copy and keep in the code cache.
  {
    file: 'fontkit.cjs',
    entry: join(root, 'node_modules/fontkit/dist/main.cjs'),
    imports: /^fontkit$/,
    alias: { 'brotli/decompress.js': join(root, 'scripts/bundle-shims/brotli-decompress.mjs') },
  },
  // scripts/bundle-shims/lowlight-lazy.mjs requires it when a deck's first code block is highlighted: highlight.js
  // registers its 37 common grammars as its module loads, which every build paid for at start (~5 ms, ~0.2 MB).
  // Only what layar imports (`common`, `createLowlight`), not lowlight's `all` grammars.
  {
    file: 'lowlight.cjs',
    stdin: "export { grammars as common } from './lib/common.js'\nexport { createLowlight } from './lib/index.js'\n",
    resolveDir: join(root, 'node_modules/lowlight'),
    imports: /^\.\/lowlight\.cjs$/,
  },
  // The shims scripts/bundle-shims/image-size-lazy.mjs and mathml2omml-lazy.mjs require these on a deck's first picture
  // and first formula; src/cli/dev/watch.ts (loaded by `layar dev` and `--watch` only) requires chokidar.
  {
    file: 'image-size.cjs',
    stdin: "export { imageSize } from 'image-size'\n",
    resolveDir: root,
    imports: /^\.\/image-size\.cjs$/,
  },
  {
    file: 'mathml2omml.cjs',
    stdin: "export { mml2omml } from 'mathml2omml'\n",
    resolveDir: root,
    imports: /^\.\/mathml2omml\.cjs$/,
  },
  // src/theme/reference-doc/read-template.ts and src/render/pptx/template/package-io.ts import() JSZip to read a deck's
  // PowerPoint template: it and its streams and inflate code are ~0.2 MB that decks without a template never run.
  // Only layar's own imports go there: pptxgenjs's `jszip` is vendor/pptx-stored-zip (package.json overrides), small and
  // run by every PPTX build, so it stays in the main bundle.
  { file: 'jszip.cjs', entry: join(root, 'node_modules/jszip/lib/index.js'), imports: /^jszip$/, importedFrom: join(root, 'src') },
  {
    file: 'chokidar.cjs',
    stdin: "export { watch } from 'chokidar'\n",
    resolveDir: root,
    imports: /^chokidar$/,
  },
]

const sideBundlesOutside = {
  name: 'side-bundles-outside',
  setup(build) {
    for (const { file, imports, importedFrom } of sideBundles) {
      // `importedFrom`: only imports by modules in that folder; others resolve as usual.
      const outside = (importer) => importedFrom === undefined || importer.startsWith(importedFrom + sep)
      build.onResolve({ filter: imports }, (args) => (outside(args.importer) ? { path: `./${file}`, external: true } : undefined))
    }
  },
}

await rm(outdir, { recursive: true, force: true })
for (const { file, entry, stdin, resolveDir, alias } of sideBundles) {
  await build({
    ...(entry === undefined ? { stdin: { contents: stdin, resolveDir, loader: 'js' } } : { entryPoints: [entry] }),
    ...(alias === undefined ? {} : { alias }),
    outfile: join(outdir, file),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'bundle',
    external: ['playwright-core'],
    legalComments: 'none',
    minifyWhitespace: true,
    logLevel: 'warning',
  })
}
await build({
  entryPoints: [join(root, 'src/cli/run.ts')],
  outfile: join(outdir, 'layar.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  // @resvg/resvg-js loads its native binary (a .node file) from its own package at run time, so it stays outside too.
  // playwright-core finds its own files (its driver, protocol, injected scripts) from its folder at run
  // time, so it stays a package of its own, required from node_modules when a PDF is printed.
  external: ['playwright-core', '@resvg/resvg-js'],
  // import() of Node built-ins (pptxgenjs loads node:fs that way) becomes require(): a vm.Script run from
  // V8's code cache has no dynamic import callback.
  supported: { 'dynamic-import': false },
  alias: {
    'brotli/decompress.js': join(root, 'scripts/bundle-shims/brotli-decompress.mjs'),
    'franc-min': join(root, 'scripts/bundle-shims/franc-min-lazy.mjs'),
    lowlight: join(root, 'scripts/bundle-shims/lowlight-lazy.mjs'),
    'image-size': join(root, 'scripts/bundle-shims/image-size-lazy.mjs'),
    mathml2omml: join(root, 'scripts/bundle-shims/mathml2omml-lazy.mjs'),
    // vfile-reporter's default for `color` (Node: supports-color, which loads node:tty and node:os at start-up); layar
    // always passes `color` (src/cli/capped-report.ts), so the default, here `false` as in other runtimes, is never used.
    'vfile-reporter/do-not-use-color': join(root, 'node_modules/vfile-reporter/lib/color.js'),
    // vfile-reporter measures every cell it prints with string-width; plain text needs no grapheme segmentation.
    'string-width': join(root, 'scripts/bundle-shims/string-width-fast-path.mjs'),
  },
  // CommonJS has no import.meta: the bundle's own file URL stands in for it.
  define: { 'import.meta.url': '__layarBundleUrl' },
  banner: {
    js: [
      // The file is one function expression taking CommonJS's five parameters (see "Why wrapped" above).
      `${BUNDLE_WRAPPER_START}'use strict';`,
      "var __layarBundleUrl = require('node:url').pathToFileURL(__filename).href;",
      // What import() of a Node built-in resolves to (its exports plus `default`), made once per module.
      'var __layarNodeNamespaces = new Map();',
      "var __layarLazyHttps = Object.freeze({ get: function () { var https = require('node:https'); return https.get.apply(https, arguments); } });",
      'function __layarNodeNamespace(name) {',
      "  if (name === 'node:https') return Object.freeze({ get: __layarLazyHttps.get, default: __layarLazyHttps });",
      '  if (!__layarNodeNamespaces.has(name)) { var m = require(name); __layarNodeNamespaces.set(name, Object.freeze(Object.assign({}, m, { default: m }))); }',
      '  return __layarNodeNamespaces.get(name);',
      '}',
    ].join('\n'),
  },
  footer: { js: BUNDLE_WRAPPER_END },
  plugins: [pptxgenjsNodeImports, revealAssetsAtCompileTime, preparedPartsBeside, sideBundlesOutside],
  legalComments: 'none',
  minifyWhitespace: true,
  logLevel: 'warning',
})

// esbuild escapes non-ASCII in strings; what it leaves (a regular expression with a literal `…`) is escaped in the source.
const written = await readFile(join(outdir, 'layar.cjs'), 'latin1')
const nonAscii = written.search(/[^\x00-\x7f]/)
if (nonAscii >= 0) {
  throw new Error(`dist-lib/bundle/layar.cjs has a non-ASCII character at offset ${nonAscii}: …${written.slice(Math.max(0, nonAscii - 60), nonAscii + 20)}…; write it as a \\u escape in the source, so the bundle can be read as Latin-1 at every start`)
}

await writePreparedParts(root, join(outdir, 'prepared-parts'))

// The launcher bin/layar.js requires (src/cli/launch.ts and the modules it imports), as one CommonJS file: an ES module
// entry cost Node's ESM loader ~15-30 ms of every start. Not wrapped like layar.cjs: `require` loads it as it is.
// The build thread's entry is this file itself (launch.ts), so import.meta.url is its own file URL.
await build({
  entryPoints: [join(root, 'src/cli/launch.ts')],
  outfile: join(outdir, 'launch.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  define: { 'import.meta.url': '__layarLaunchUrl' },
  banner: { js: "'use strict';\nvar __layarLaunchUrl = require('node:url').pathToFileURL(__filename).href;" },
  legalComments: 'none',
  logLevel: 'warning',
})
