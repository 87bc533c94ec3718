import { EditMap } from 'micromark-util-edit-map'
import type { Event } from 'micromark-util-types'

/**
 * micromark 4.0.3 (with micromark-core-commonmark 2.0.4) batches its event
 * edits in an `EditMap`, whose `consume` copies the whole event list on every
 * call, even when every edit sits at its end. micromark calls it once per
 * setext heading (on all the events of the document's flow so far), and the
 * document tokenizer once each time a lazy line or a closing list item moves
 * container exits, on all the events of the document. Time grows with the
 * square of the document: 4,000 `Title\n-----` headings (74 KB) took 50 s,
 * 1,000 took 2.8 s (issue 21).
 *
 * `consumeFromFirstEdit` does the same edits but keeps the events before the
 * first edit where they are, so each call costs the events after it (for
 * these callers, the last block). Installed on `EditMap.prototype` once, by
 * `useLinearEditMap()`, before the first parse; the result is identical.
 */
export function consumeFromFirstEdit(this: EditMap, events: Event[]): undefined {
  this.map.sort((a, b) => a[0] - b[0])
  const [first] = this.map
  if (first === undefined) return undefined
  const start = first[0]
  const tail = events.slice(start)
  events.length = start
  let at = start
  for (const [index, remove, add] of this.map) {
    for (; at < index; at++) events.push(tail[at - start] as Event)
    for (const event of add) events.push(event)
    at = Math.max(at, index + remove)
  }
  for (; at < start + tail.length; at++) events.push(tail[at - start] as Event)
  this.map.length = 0
  this.index.clear()
  return undefined
}

/** Makes every `EditMap` consume from its first edit (idempotent). */
export function useLinearEditMap(): void {
  if (EditMap.prototype.consume !== consumeFromFirstEdit) EditMap.prototype.consume = consumeFromFirstEdit
}
