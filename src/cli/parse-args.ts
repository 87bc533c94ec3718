import { parseArgs } from 'node:util'
import { defaultFormats, outputFormats, type OutputFormat } from '../build/index.js'

/** Options shared by the commands that build decks. */
interface BuildFlags {
  outDir: string
  theme: string | null
  debug: boolean
  /** Read images outside the content file's folder. */
  allowOutside: boolean
  /** Fetch `http(s)://` images. */
  fetchRemote: boolean
  /** Print every message, not only the first hundred per deck (`--all-messages`). */
  allMessages: boolean
}

/** How the PDF is printed: `--chromium PATH` (else `LAYAR_CHROMIUM`, else PATH) and `--pdf-notes`. */
interface PdfFlags {
  chromium: string | null
  pdfNotes: boolean
}

/** A command line understood, or why it was not. */
export type Command =
  | { type: 'help' }
  | { type: 'version' }
  | { type: 'themes' }
  | ({ type: 'build' | 'check'; inputs: string[]; formats: OutputFormat[]; watch: boolean; strict: boolean; referenceDoc: string | null } & BuildFlags & PdfFlags)
  | ({ type: 'dev'; input: string; port: number; host: string; open: boolean } & BuildFlags)
  | { type: 'usage-error'; message: string }

/** The port `layar dev` serves on unless told otherwise. */
export const defaultDevPort = 4173

const options = {
  out: { type: 'string' },
  format: { type: 'string' },
  theme: { type: 'string' },
  'reference-doc': { type: 'string' },
  debug: { type: 'boolean' },
  watch: { type: 'boolean' },
  strict: { type: 'boolean' },
  'allow-outside': { type: 'boolean' },
  'fetch-remote': { type: 'boolean' },
  'all-messages': { type: 'boolean' },
  chromium: { type: 'string' },
  'pdf-notes': { type: 'boolean' },
  port: { type: 'string' },
  host: { type: 'string' },
  open: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values']

/** Flags that only one command takes, so a misplaced one is a usage error rather than ignored. */
const onlyFor: Record<string, readonly string[]> = {
  watch: ['build'],
  strict: ['build', 'check'],
  port: ['dev'],
  host: ['dev'],
  open: ['dev'],
  format: ['build', 'check'],
  chromium: ['build'],
  'pdf-notes': ['build'],
  'reference-doc': ['build', 'check'],
}

/**
 * Reads the command line (without `node` and the script). Never throws: a
 * wrong command line becomes a `usage-error` the CLI prints with exit code 2.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options })
  } catch (error) {
    return usageError(parseArgsMessage(error as Error & { code?: string }))
  }
  const { values, positionals } = parsed
  if (values.help) return { type: 'help' }
  if (values.version) return { type: 'version' }
  const [name, ...inputs] = positionals
  if (name === undefined) return usageError('Missing command; try `layar build`.')
  if (name === 'themes') return { type: 'themes' }
  if (name !== 'build' && name !== 'check' && name !== 'dev') {
    return usageError(`Unknown command \`${name}\`; the commands are build, check, dev and themes.`)
  }
  for (const [flag, commands] of Object.entries(onlyFor)) {
    if (values[flag as keyof Values] !== undefined && !commands.includes(name)) {
      return usageError(`--${flag} only goes with ${commands.map((command) => `\`layar ${command}\``).join(' or ')}.`)
    }
  }
  if (values.out === '') return usageError('--out needs a folder name.')
  const flags: BuildFlags = {
    outDir: values.out ?? 'dist',
    theme: values.theme ?? null,
    debug: values.debug ?? false,
    allowOutside: values['allow-outside'] ?? false,
    fetchRemote: values['fetch-remote'] ?? false,
    allMessages: values['all-messages'] ?? false,
  }
  return name === 'dev' ? devCommand(inputs, values, flags) : buildCommand(name, inputs, values, flags)
}

function buildCommand(name: 'build' | 'check', inputs: string[], values: Values, flags: BuildFlags): Command {
  const formats = parseFormats(values.format)
  if (typeof formats === 'string') return usageError(formats)
  const watch = values.watch ?? false
  if (watch && inputs.length > 1) return usageError('--watch watches one deck; name one content file or folder.')
  if (watch && values.format !== undefined) return usageError('--watch always writes both formats; drop --format.')
  const strict = values.strict ?? false
  const pdfNotes = values['pdf-notes'] ?? false
  if (pdfNotes && !formats.includes('pdf')) return usageError('--pdf-notes makes a handout beside the PDF; add pdf to --format (e.g. --format pdf).')
  if (values.chromium === '') return usageError('--chromium needs the path of a Chromium executable.')
  const pdf = { chromium: values.chromium ?? null, pdfNotes }
  const referenceDoc = values['reference-doc'] ?? null
  if (referenceDoc !== null && !/\.(pptx|potx)$/i.test(referenceDoc.trim())) return usageError(`--reference-doc takes a PowerPoint template, a .pptx or .potx file, not \`${referenceDoc}\`.`)
  return { type: name, inputs: inputs.length > 0 ? inputs : ['content'], formats, watch, strict, referenceDoc, ...flags, ...pdf }
}

function devCommand(inputs: string[], values: Values, flags: BuildFlags): Command {
  if (inputs.length > 1) return usageError('`layar dev` serves one deck; name one content file or folder.')
  const port = values.port === undefined ? defaultDevPort : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535 || values.port?.trim() === '') {
    return usageError(`--port must be a whole number from 0 to 65535, not \`${values.port}\`.`)
  }
  const host = values.host ?? '127.0.0.1'
  if (host.trim() === '') return usageError('--host needs an address, such as 127.0.0.1.')
  return { type: 'dev', input: inputs[0] ?? 'content', port, host, open: values.open ?? false, ...flags }
}

function parseFormats(value: string | undefined): OutputFormat[] | string {
  if (value === undefined) return [...defaultFormats]
  const wanted = value.split(',').map((part) => part.trim().toLowerCase())
  const unknown = wanted.filter((part) => !outputFormats.includes(part as OutputFormat))
  if (unknown.length > 0 || wanted.length === 0) {
    return `Unknown format ${unknown.map((part) => `\`${part}\``).join(', ') || '``'}; use html, pptx, pdf or a list such as html,pptx,pdf.`
  }
  return outputFormats.filter((format) => wanted.includes(format))
}

/**
 * node's parseArgs message, in our words where it is long or unbalanced
 * (an unknown option's text ends with an unclosed quote).
 */
function parseArgsMessage(error: Error & { code?: string }): string {
  const option = /'([^']+)'/.exec(error.message)?.[1]
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) return `Unknown option \`${option}\`.`
  return error.message
}

function usageError(message: string): Command {
  return { type: 'usage-error', message }
}
