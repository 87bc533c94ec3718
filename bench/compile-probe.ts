import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'

/** The probe and the bench modules it imports, relative to bench/. */
const probeSources = ['probe.ts', 'edit-word.ts', 'measure.ts']

/**
 * Transpiles the probe to plain JavaScript, so probes run on bare `node` like
 * the CLI does: under tsx, its loader hooks would be timed too (they doubled
 * module loading here). The output goes under node_modules/.cache so the
 * probe's bare imports (`vfile`) resolve from the repository's node_modules.
 *
 * @param repo the repository folder
 * @returns the path of the runnable probe
 */
export async function compileProbe(repo: string): Promise<string> {
  const outDir = join(repo, 'node_modules/.cache/layar-bench')
  await mkdir(outDir, { recursive: true })
  // Node looks for `"type": "module"` no further up than a node_modules folder.
  await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n')
  for (const name of probeSources) {
    const source = await readFile(join(repo, 'bench', name), 'utf8')
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      fileName: name,
    })
    await writeFile(join(outDir, name.replace(/\.ts$/u, '.js')), outputText)
  }
  return join(outDir, 'probe.js')
}
