import type { Position } from '../model/index.js'
import { spanAt } from './source-lines.js'

/** pandoc's `%` title block: title, authors and date, each possibly empty. */
export interface TitleBlock {
  title: string | null
  authors: string[]
  date: string | null
  /** Offset just past the block (its last line's end). */
  end: number
  position: Position
}

/**
 * Reads pandoc's title block: up to three lines starting with `%` at the very
 * start of the file (title, authors separated by `;`, date), each of which may
 * go on over lines that start with a space. See pandoc's manual,
 * "Extension: pandoc_title_block".
 *
 * @param source the content file's text
 * @param lines its line starts (`lineStarts`)
 * @returns the block, or `null` when the file does not start with `%`
 */
export function titleBlockOf(source: string, lines: readonly number[]): TitleBlock | null {
  if (!source.startsWith('%')) return null
  const fields: string[] = []
  let end = 0
  for (let index = 0; index < lines.length; index++) {
    const start = lines[index] ?? 0
    const next = lines[index + 1] ?? source.length
    const line = source.slice(start, next).replace(/\r?\n$|\r$/, '')
    if (line.startsWith('%') && fields.length < 3) fields.push(line.slice(1).trim())
    else if (/^[ \t]/.test(line) && line.trim() !== '' && fields.length > 0) fields[fields.length - 1] += ` ${line.trim()}`
    else break
    end = start + line.length
  }
  const [title = '', authors = '', date = ''] = fields
  return {
    title: title === '' ? null : title,
    authors: authors.split(';').map((name) => name.trim()).filter((name) => name !== ''),
    date: date === '' ? null : date,
    end,
    position: spanAt(lines, 0, end),
  }
}

/**
 * The source with the title block's characters blanked (line breaks kept), so
 * that Markdown parsing skips it and every position stays where it was.
 */
export function withoutTitleBlock(source: string, block: TitleBlock): string {
  return source.slice(0, block.end).replace(/[^\r\n]/g, ' ') + source.slice(block.end)
}
