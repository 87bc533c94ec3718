import type { WriteGuard } from './build-thread.js'
import { parseCommand, type Command } from './parse-args.js'
import { usage } from './usage.js'
import { layarVersion } from './version.js'

/** What the CLI may touch of its process: injected so tests drive it in-process. */
export interface CliIo {
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdout: (text: string) => void
  stderr: (text: string) => void
  color: boolean
  /** Aborted on Ctrl-C: ends `layar dev` and `build --watch` cleanly. */
  signal: AbortSignal
  /** Around writing each deck's outputs: refuses once a signal said stop, so none is half-written (see build-thread.ts). */
  writeGuard?: WriteGuard
}

/** Exit codes, as `--help` documents them; `interrupted` is the shell's 128 + SIGINT. */
export const exitCodes = { ok: 0, contentError: 1, usageError: 2, internalError: 3, interrupted: 130 } as const

type BuildingCommand = Extract<Command, { type: 'build' | 'check' | 'dev' }>

/**
 * Runs one `layar` command line and returns its exit code. Never throws:
 * an unexpected failure prints one line asking for a report (the stack with `--debug`).
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const command = parseCommand(argv)
  try {
    switch (command.type) {
      case 'help':
        io.stdout(`${usage}\n`)
        return exitCodes.ok
      case 'version':
        io.stdout(`${layarVersion()}\n`)
        return exitCodes.ok
      case 'usage-error':
        io.stderr(usageLine(command.message))
        return exitCodes.usageError
      case 'themes':
        io.stdout(await themeList())
        return exitCodes.ok
      case 'dev':
      case 'build':
      case 'check':
        if (!validEpoch(io.env.SOURCE_DATE_EPOCH)) {
          io.stderr(`layar: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not \`${io.env.SOURCE_DATE_EPOCH}\`.\n`)
          return exitCodes.usageError
        }
        {
          const themeProblem = await unknownTheme(command.theme)
          if (themeProblem !== null) {
            io.stderr(usageLine(themeProblem))
            return exitCodes.usageError
          }
        }
        return await runBuilding(command, io)
    }
  } catch (error) {
    if (io.signal.aborted) {
      io.stderr('layar: interrupted; outputs written before the interruption stay, the rest were not written.\n')
      return exitCodes.interrupted
    }
    const debug = 'debug' in command ? command.debug : false
    io.stderr(
      debug && error instanceof Error && error.stack
        ? `${error.stack}\n`
        : `layar: internal error: ${(error as Error)?.message ?? String(error)}. This is a bug in layar; please report it with the content that caused it (run with --debug for details).\n`,
    )
    return exitCodes.internalError
  }
}

/** `dev`, `build` (also `--watch`) and `check`. The pipeline is imported only here, so `--help` and `themes` start at once. */
async function runBuilding(command: BuildingCommand, io: CliIo): Promise<number> {
  if (command.type === 'dev') {
    const { runDev } = await import('./dev/index.js')
    return runDev({ ...command, serve: true }, io)
  }
  if (command.type === 'build' && command.watch) {
    const { runDev } = await import('./dev/index.js')
    const input = command.inputs[0] ?? 'content'
    return runDev({ ...command, input, port: 0, host: '127.0.0.1', open: false, serve: false }, io)
  }
  const [{ runBuild, createBuildCache }, { nodeHost }, { reportText }, { fitReport }, widthCache, { findChromium, chromiumHost }] = await Promise.all([
    import('../build/index.js'),
    import('../node-host.js'),
    import('./capped-report.js'),
    import('./fit-report.js'),
    import('./width-cache.js'),
    import('../chromium.js'),
  ])
  // `check` writes nothing, so it prints no PDF either.
  const formats = command.type === 'check' ? command.formats.filter((format) => format !== 'pdf') : command.formats
  let chromium = null
  if (formats.includes('pdf')) {
    const found = findChromium(command.chromium, io.env, io.cwd)
    if (found.type === 'missing') {
      io.stderr(`layar: ${found.message}\n`)
      return exitCodes.usageError
    }
    chromium = chromiumHost(found.path, io.signal)
  }
  // One cache for the run's decks; words measured by earlier runs are not measured again (see width-cache.ts).
  const cache = createBuildCache()
  const saveWidths = await widthCache.useWidthCache(io.env, (problem) => io.stderr(`layar: note: ${problem}\n`), cache.layout)
  const pdf = chromium === null ? null : { browser: chromium.browser, notes: command.pdfNotes }
  let result
  try {
    result = await runBuild({ ...command, formats, pdf, dryRun: command.type === 'check' }, nodeHost(io.cwd, io.env.SOURCE_DATE_EPOCH, io.writeGuard), cache)
  } finally {
    await chromium?.close()
  }
  await saveWidths()
  if (result.type === 'usage-error') {
    io.stderr(`layar: ${result.message}\n`)
    return exitCodes.usageError
  }
  const text = reportText(
    result.decks.map((deck) => deck.file),
    { color: io.color, quiet: false, all: command.allMessages },
  )
  if (text) io.stderr(`${text}\n`)
  for (const path of result.written) io.stdout(`wrote ${path}\n`)
  if (result.type === 'write-error') {
    io.stderr(`layar: cannot write ${result.path} (${result.reason}); check that the output folder (--out) is a folder you can write to.\n`)
    return exitCodes.contentError
  }
  if (command.type === 'check') io.stdout(fitReport(result.decks))
  return result.decks.some((deck) => deck.outputs === null) ? exitCodes.contentError : exitCodes.ok
}

/** A usage error as one line that points to the help, instead of printing all of it. */
function usageLine(message: string): string {
  return `layar: ${message.replace(/[.;]\s*$/, '')}; see \`layar --help\`.\n`
}

/**
 * Why `--theme NAME` names no shipped theme, or `null`. A path (`./brand`) is
 * resolved from each deck's folder by the build, which reports it there.
 */
async function unknownTheme(theme: string | null): Promise<string | null> {
  if (theme === null) return null
  const { isThemePath, shippedThemeNames } = await import('../theme/index.js')
  if (isThemePath(theme) || shippedThemeNames().includes(theme)) return null
  return `--theme \`${theme}\` is not a shipped theme (${shippedThemeNames().join(', ')}); name one, or a theme folder such as ./brand`
}

/** `SOURCE_DATE_EPOCH` is unset, empty, or whole seconds; anything else would be silently ignored. */
function validEpoch(value: string | undefined): boolean {
  return value === undefined || value === '' || /^\d+$/.test(value)
}

async function themeList(): Promise<string> {
  const { loadShippedTheme, shippedThemeNames } = await import('../theme/index.js')
  return shippedThemeNames()
    .map((name) => {
      const result = loadShippedTheme(name)
      return `${name.padEnd(12)} ${result.type === 'ok' ? result.theme.description : `(invalid: ${result.type})`}\n`
    })
    .join('')
}
