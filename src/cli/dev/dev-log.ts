import { reportText } from '../capped-report.js'
import type { DevBuildResult } from './dev-build.js'

/**
 * The dev log line of a successful build, with where the time went, e.g.
 * `rebuilt in 42 ms (parse 3, layout 12, html 9, pptx 16, write 2); page reloaded 31 ms after the save`
 * (`layar dev`), or `…; written 51 ms after the save` (`layar build --watch`, which has no page).
 *
 * @param sinceChangeMs time from the first file event of this build to the reload (sent once the HTML is written,
 *   before the PPTX is made), or to the last output written without a page; `null` if no change caused it
 * @param serving whether a page is served (`layar dev`) and told to reload
 */
export function builtLine(result: DevBuildResult, first: boolean, sinceChangeMs: number | null, serving: boolean): string {
  const t = result.timings
  const stages = t
    ? `parse ${ms(t.parse)}, assets ${ms(t.assets)}, layout ${ms(t.layout)}, html ${ms(t.html)}, pptx ${ms(t.pptx)}, write ${ms(result.writeMs)}`
    : `write ${ms(result.writeMs)}`
  const latency = sinceChangeMs === null ? '' : `; ${serving ? 'page reloaded' : 'written'} ${ms(sinceChangeMs)} ms after the save`
  const superseded = result.superseded ? '; its PPTX was left to the newer save' : ''
  return `${first ? 'built' : 'rebuilt'} in ${ms(result.totalMs)} ms (${stages})${latency}${superseded}\n`
}

/**
 * The diagnostics of a build as the terminal shows them (the vfile reporter,
 * at most `PRINTED_MESSAGES` unless `all`), or `''` if none.
 */
export function diagnosticsText(result: Pick<DevBuildResult, 'file' | 'messages'>, color: boolean, all = false): string {
  if (result.file) {
    const text = reportText([result.file], { color, quiet: true, all })
    return text ? `${text}\n` : ''
  }
  return result.messages.map((message) => `${message.file}: ${message.severity}: ${message.reason}\n`).join('')
}

function ms(value: number): string {
  return String(Math.round(value))
}
