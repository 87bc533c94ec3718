/**
 * Bundles the CLI into dist-lib/bundle/ (run by `npm run compile`, after tsc).
 *
 * Why: a cold `layar build` spent ~250–450 ms resolving and loading a few
 * hundred small ES modules (unified, micromark, hast utilities…) before doing
 * any work. One bundle loads in a fraction of that. Code splitting keeps the
 * lazy imports lazy (the PPTX writer, the dev server).
 *
 * The bundle sits two folders below the package root, like the compiled
 * modules it replaces, so code that finds files from `import.meta.url`
 * (shipped themes, package.json) and `createRequire` (fonts, reveal.js
 * assets) finds the same files.
 */
import { build } from 'esbuild'
import { rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist-lib/bundle')

await rm(outdir, { recursive: true, force: true })
await build({
  entryPoints: { layar: join(root, 'src/cli/run.ts') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'bundle',
  alias: { 'brotli/decompress.js': join(root, 'scripts/bundle-shims/brotli-decompress.mjs') },
  // Bundled CommonJS modules (jszip, pptxgenjs's helpers) call `require` for Node built-ins.
  banner: { js: "import { createRequire as __layarCreateRequire } from 'node:module'; const require = __layarCreateRequire(import.meta.url);" },
  chunkNames: 'chunk-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
})
