import { parseArgs } from 'node:util'
import { outputFormats, type OutputFormat } from '../build/index.js'

/** A command line understood, or why it was not. */
export type Command =
  | { type: 'help' }
  | { type: 'version' }
  | { type: 'themes' }
  | {
      type: 'build' | 'check'
      inputs: string[]
      outDir: string
      formats: OutputFormat[]
      theme: string | null
      debug: boolean
    }
  | { type: 'usage-error'; message: string }

/**
 * Reads the command line (without `node` and the script). Never throws: a
 * wrong command line becomes a `usage-error` the CLI prints with exit code 2.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        theme: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    })
  } catch (error) {
    return { type: 'usage-error', message: (error as Error).message }
  }
  const { values, positionals } = parsed
  if (values.help) return { type: 'help' }
  if (values.version) return { type: 'version' }
  const [name, ...inputs] = positionals
  if (name === undefined) return { type: 'usage-error', message: 'Missing command; try `layar build`.' }
  if (name === 'themes') return { type: 'themes' }
  if (name !== 'build' && name !== 'check') {
    return { type: 'usage-error', message: `Unknown command \`${name}\`; the commands are build, check and themes.` }
  }
  const formats = parseFormats(values.format)
  if (typeof formats === 'string') return { type: 'usage-error', message: formats }
  if (values.out === '') return { type: 'usage-error', message: '--out needs a folder name.' }
  return {
    type: name,
    inputs: inputs.length > 0 ? inputs : ['content'],
    outDir: values.out ?? 'dist',
    formats,
    theme: values.theme ?? null,
    debug: values.debug ?? false,
  }
}

function parseFormats(value: string | undefined): OutputFormat[] | string {
  if (value === undefined) return [...outputFormats]
  const wanted = value.split(',').map((part) => part.trim().toLowerCase())
  const unknown = wanted.filter((part) => !outputFormats.includes(part as OutputFormat))
  if (unknown.length > 0 || wanted.length === 0) {
    return `Unknown format ${unknown.map((part) => `\`${part}\``).join(', ') || '``'}; use html, pptx or html,pptx.`
  }
  return outputFormats.filter((format) => wanted.includes(format))
}
