import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import JSZip from 'jszip'

/**
 * Validates every XML part of a PPTX against the ISO/IEC 29500-4:2016
 * transitional schemas (and the ECMA-376 OPC schemas), exactly as
 * `tests/fixtures/ooxml-schemas/check.sh` does: the same part → schema map,
 * Markup Compatibility processing with the same `mce.py` for parts that use it,
 * and `xmllint --noout --nonet --schema`. One xmllint run per schema (xmllint
 * validates several files against one schema in one process).
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'ooxml-schemas')
const ISO = join(FIXTURES, 'ISO-IEC29500-4_2016')
const ECMA = join(FIXTURES, 'ecma', 'fouth-edition')

/** The result of validating one package. */
export interface SchemaReport {
  /** Parts checked (every `.xml`/`.rels` part check.sh checks). */
  checked: string[]
  /** One line per failing part: its path and xmllint's first errors. */
  failures: string[]
}

/** The schema check.sh validates `path` against, or null for parts it skips. */
export function schemaFor(path: string): string | null {
  if (path === '[Content_Types].xml') return join(ECMA, 'opc-contentTypes.xsd')
  if (path.endsWith('.rels')) return join(ECMA, 'opc-relationships.xsd')
  if (path === 'docProps/core.xml') return join(ECMA, 'opc-coreProperties.xsd')
  if (path === 'docProps/app.xml') return join(ISO, 'shared-documentPropertiesExtended.xsd')
  if (path === 'docProps/custom.xml') return join(ISO, 'shared-documentPropertiesCustom.xsd')
  if (/^ppt\/theme\/.+\.xml$/.test(path) || path === 'ppt/tableStyles.xml') return join(ISO, 'dml-main.xsd')
  if (/^ppt\/[^/]+\.xml$/.test(path) || /^ppt\/[^/]+\/[^/]+\.xml$/.test(path)) return join(ISO, 'pml.xsd')
  return null
}

/** Throws a clear error when a program the schema test needs is missing. */
function requireProgram(program: string, apt: string): void {
  const probe = spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' })
  if (probe.status !== 0) throw new Error(`\`${program}\` is not installed; the schema test needs it. Install it with: apt-get install -y ${apt}`)
}

/** Validates every part of `pptx`; see the module comment. */
export async function validatePptx(pptx: Uint8Array): Promise<SchemaReport> {
  requireProgram('xmllint', 'libxml2-utils')
  requireProgram('python3', 'python3')
  const zip = await JSZip.loadAsync(pptx)
  const dir = mkdtempSync(join(tmpdir(), 'layar-schema-'))
  try {
    const bySchema = new Map<string, Array<{ part: string; file: string }>>()
    const checked: string[] = []
    const failures: string[] = []
    for (const entry of Object.values(zip.files)) {
      if (entry.dir || !(entry.name.endsWith('.xml') || entry.name.endsWith('.rels'))) continue
      const schema = schemaFor(entry.name)
      if (schema === null) continue
      checked.push(entry.name)
      const file = join(dir, entry.name)
      mkdirSync(dirname(file), { recursive: true })
      const text = await entry.async('string')
      writeFileSync(file, text)
      let validated = file
      if (text.includes('AlternateContent') || text.includes('mc:Ignorable')) {
        validated = `${file}.mce`
        const mce = spawnSync('python3', [join(FIXTURES, 'mce.py'), file, validated], { encoding: 'utf8' })
        if (mce.status !== 0) {
          failures.push(`${entry.name}: not parseable: ${mce.stderr}`)
          continue
        }
      }
      const group = bySchema.get(schema) ?? []
      group.push({ part: entry.name, file: validated })
      bySchema.set(schema, group)
    }
    for (const [schema, group] of bySchema) failures.push(...runXmllint(schema, group))
    return { checked, failures }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** xmllint over a group of files with one schema; returns the failing parts with their first errors. */
function runXmllint(schema: string, group: ReadonlyArray<{ part: string; file: string }>): string[] {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, ...group.map((item) => item.file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const output = `${run.stderr}${run.stdout}`
  if (output.includes('failed to compile')) {
    throw new Error(`xmllint could not load ${schema}: ${output.slice(0, 500)}`)
  }
  const lines = output.split('\n')
  const failures: string[] = []
  for (const { part, file } of group) {
    if (lines.includes(`${file} validates`)) continue
    const errors = lines.filter((line) => line.startsWith(`${file}:`)).slice(0, 3).map((line) => line.replace(file, part))
    failures.push(`${part}: ${errors.length === 0 ? 'did not validate' : errors.join(' | ')}`)
  }
  return failures
}
