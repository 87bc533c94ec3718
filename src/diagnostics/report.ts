import type { VFile } from 'vfile'
import type { Position } from '../model/index.js'
import { rules, type RuleId, type RuleParams } from './catalog.js'

/**
 * Records a problem from the catalog on the content file, at a source position.
 * Errors are marked `fatal` (the build then writes nothing); warnings are
 * `fatal: false`; information is `fatal: undefined` (vfile's convention).
 *
 * @param file the content file (a vfile) the position refers to
 * @param ruleId the catalog entry
 * @param params what the entry's message needs
 * @param place where in the content; omit only for problems of the whole file
 * @returns the message, for callers that raise a warning to an error (`--strict`)
 */
export function report<R extends RuleId>(
  file: VFile,
  ruleId: R,
  ...[params, place]: RuleParams<R> extends undefined
    ? [params?: undefined, place?: Position | undefined]
    : [params: RuleParams<R>, place?: Position | undefined]
): ReturnType<VFile['message']> {
  const rule = rules[ruleId]
  const reason = (rule.message as (p: unknown) => string)(params)
  const message = file.message(reason, { place, ruleId, source: 'layar' })
  message.fatal = rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined
  return message
}

/** Whether any error (not warning) was reported on the file. */
export function hasErrors(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true)
}
