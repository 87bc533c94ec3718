import { readFileSync } from 'node:fs'
import { reporter } from 'vfile-reporter'
import { runBuild } from '../build/index.js'
import { nodeHost } from '../node-host.js'
import { loadShippedTheme, shippedThemeNames } from '../theme/index.js'
import { runDev } from './dev/index.js'
import { fitReport } from './fit-report.js'
import { parseCommand } from './parse-args.js'
import { usage } from './usage.js'

/** What the CLI may touch of its process: injected so tests drive it in-process. */
export interface CliIo {
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdout: (text: string) => void
  stderr: (text: string) => void
  color: boolean
  /** Aborted on Ctrl-C: ends `layar dev` and `build --watch` cleanly. */
  signal: AbortSignal
}

/** Exit codes, as `--help` documents them. */
export const exitCodes = { ok: 0, contentError: 1, usageError: 2, internalError: 3 } as const

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
        io.stdout(`${version()}\n`)
        return exitCodes.ok
      case 'usage-error':
        io.stderr(`layar: ${command.message}\n\n${usage}\n`)
        return exitCodes.usageError
      case 'themes':
        io.stdout(themeList())
        return exitCodes.ok
      case 'dev':
        return await runDev({ ...command, serve: true }, io)
      case 'build':
      case 'check': {
        if (command.type === 'build' && command.watch) {
          const input = command.inputs[0] ?? 'content'
          const watchOptions = { ...command, input, port: 0, host: '127.0.0.1', open: false, serve: false }
          return await runDev(watchOptions, io)
        }
        const host = nodeHost(io.cwd, io.env.SOURCE_DATE_EPOCH)
        const result = await runBuild({ ...command, dryRun: command.type === 'check' }, host)
        if (result.type === 'usage-error') {
          io.stderr(`layar: ${result.message}\n`)
          return exitCodes.usageError
        }
        const files = result.decks.map((deck) => deck.file)
        const text = reporter(files, { color: io.color, quiet: false })
        if (text) io.stderr(`${text}\n`)
        for (const path of result.written) io.stdout(`wrote ${path}\n`)
        if (command.type === 'check') io.stdout(fitReport(result.decks))
        return result.decks.some((deck) => deck.outputs === null) ? exitCodes.contentError : exitCodes.ok
      }
    }
  } catch (error) {
    const debug = 'debug' in command ? command.debug : false
    io.stderr(
      debug && error instanceof Error && error.stack
        ? `${error.stack}\n`
        : `layar: internal error: ${(error as Error)?.message ?? String(error)}. This is a bug in layar; please report it with the content that caused it (run with --debug for details).\n`,
    )
    return exitCodes.internalError
  }
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
  return pkg.version
}

function themeList(): string {
  return shippedThemeNames()
    .map((name) => {
      const result = loadShippedTheme(name)
      return `${name.padEnd(12)} ${result.type === 'ok' ? result.theme.description : `(invalid: ${result.type})`}\n`
    })
    .join('')
}
