import { main, type CliIo } from '../../src/cli/main.js'

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in this process, as `layar <argv>` in `cwd`, capturing its output. */
export async function runCli(argv: string[], cwd: string, env: CliIo['env'] = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, {
    cwd,
    env,
    color: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    signal: new AbortController().signal,
  })
  return { code, stdout, stderr }
}
