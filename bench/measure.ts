import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** One timed run of a program. */
export interface ProcessRun {
  wallMs: number
  /** Peak resident set size of the program in MB, or `null` when it could not be measured. */
  peakRssMb: number | null
  stdout: string
}

/** GNU time, which reports a child's peak RSS (Debian package `time`). */
const gnuTime = '/usr/bin/time'

/**
 * Preloaded into a Node program when GNU time is missing: it writes the
 * process's own peak RSS (KB) to `LAYAR_BENCH_RSS_FILE` as it exits.
 */
const rssPreload =
  'data:text/javascript,import{writeFileSync}from"node:fs";' +
  'process.on("exit",()=>writeFileSync(process.env.LAYAR_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)))'

/** Whether peak RSS comes from GNU time or from the Node preload. */
export function rssMethod(): 'gnu-time' | 'node-preload' {
  return existsSync(gnuTime) ? 'gnu-time' : 'node-preload'
}

/**
 * Runs a program to completion and measures its wall time and peak RSS.
 * Throws with the program's stderr when it exits non-zero.
 *
 * @param command the program; when GNU time is missing only `node` programs get a peak RSS
 * @param args its arguments
 * @param cwd the folder it runs in
 * @param env variables added to this process's environment
 */
export async function timeProcess(command: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<ProcessRun> {
  const dir = await mkdtemp(join(tmpdir(), 'layar-bench-rss-'))
  const rssFile = join(dir, 'rss')
  try {
    const method = rssMethod()
    let argv: string[]
    if (method === 'gnu-time') argv = [gnuTime, '-f', '%M', '-o', rssFile, command, ...args]
    else if (command === 'node') argv = ['node', '--import', rssPreload, ...args]
    else argv = [command, ...args]
    const start = performance.now()
    const stdout = await run(argv, cwd, { ...process.env, ...env, LAYAR_BENCH_RSS_FILE: rssFile })
    const wallMs = performance.now() - start
    const kb = Number.parseInt((await readFile(rssFile, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '', 10)
    return { wallMs, peakRssMb: Number.isFinite(kb) ? kb / 1024 : null, stdout }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * Runs a program, resolving with its stdout; rejects with its stderr on a non-zero exit.
 *
 * @param argv the program and its arguments
 * @param cwd the folder it runs in
 * @param env its environment (default: this process's)
 */
export function run(argv: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const [command, ...args] = argv
  if (command === undefined) throw new TypeError('run needs a program to run')
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'))
      else {
        // tsc prints its errors on stdout, most programs on stderr: show the end of both.
        const output = `${Buffer.concat(out).toString('utf8').slice(-2000)}${Buffer.concat(err).toString('utf8').slice(-2000)}`
        reject(new Error(`${argv.join(' ')} exited ${code}:\n${output}`))
      }
    })
  })
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new TypeError('median needs at least one value')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const high = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? high : ((sorted[middle - 1] ?? high) + high) / 2
}
