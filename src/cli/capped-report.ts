import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'

type VFileMessage = VFile['messages'][number]

/**
 * The most messages printed per content file unless `--all-messages` is
 * given. A deck with thousands of warnings (a pasted table of missing images,
 * say) would otherwise spend seconds formatting them and scroll its errors
 * out of the terminal.
 */
export const PRINTED_MESSAGES = 100

/** Options of `reportText`. */
export interface ReportOptions {
  color: boolean
  /** Leave out information messages, as `vfile-reporter`'s `quiet`. */
  quiet: boolean
  /** Print every message (`--all-messages`); otherwise at most `PRINTED_MESSAGES` per file. */
  all: boolean
}

/**
 * The terminal report of `files` (`vfile-reporter`), keeping at most
 * `PRINTED_MESSAGES` per file: errors first, then warnings, then
 * information, each shown in file order, followed by one line per file
 * saying how many more there are and how to see them. `''` when there is
 * nothing to print.
 */
export function reportText(files: readonly VFile[], options: ReportOptions): string {
  const notes: string[] = []
  const shown = files.map((file) => {
    const listed = options.quiet ? file.messages.filter((message) => message.fatal !== undefined && message.fatal !== null) : file.messages
    if (options.all || listed.length <= PRINTED_MESSAGES) return file
    const kept = new Set([...listed].sort((a, b) => rank(a) - rank(b)).slice(0, PRINTED_MESSAGES))
    const copy = new VFile({ path: file.path, cwd: file.cwd })
    copy.messages.push(...listed.filter((message) => kept.has(message)))
    const more = listed.filter((message) => !kept.has(message))
    const counts = [count(more, 'error'), count(more, 'warning'), count(more, 'info')].filter((part) => part !== '').join(', ')
    notes.push(`… and ${more.length} more in ${file.path} (${counts}); run with --all-messages to print every one.`)
    return copy
  })
  const text = reporter(shown, { color: options.color, quiet: options.quiet })
  return [text, ...notes].filter((part) => part !== '').join('\n')
}

function rank(message: VFileMessage): number {
  return message.fatal === true ? 0 : message.fatal === false ? 1 : 2
}

function count(messages: readonly VFileMessage[], kind: 'error' | 'warning' | 'info'): string {
  const fatal = kind === 'error' ? true : kind === 'warning' ? false : undefined
  const n = messages.filter((message) => (message.fatal ?? undefined) === fatal).length
  return n === 0 ? '' : `${n} ${kind}${n === 1 || kind === 'info' ? '' : 's'}`
}
