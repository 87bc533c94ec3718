import { AsyncLocalStorage } from 'node:async_hooks'
import JSZip from 'jszip'
import type { Parts } from './dedupe-media.js'

/**
 * Takes the parts pptxgenjs put in its zip instead of letting it zip them.
 *
 * Why: pptxgenjs always ends with JSZip's `generateAsync`, a pure-JS pipeline
 * (UTF-8 encoding, CRC-32, chunked workers) that took about a third of a
 * 1,000-slide build, only for `post-process.ts` to unzip the result again and
 * zip it once more. While `capturePackage` runs, a `generateAsync` called from
 * within its async context (and only there: other JSZip users are untouched)
 * hands the zip's parts to the capture instead of zipping them.
 */

interface Capture {
  zip: JSZip | null
}

const captures = new AsyncLocalStorage<Capture>()
const generateAsync = JSZip.prototype.generateAsync

/** Installs the capturing `generateAsync` once (JSZip's own is then replaced); outside a capture it is JSZip's own. */
function patch(): void {
  if (JSZip.prototype.generateAsync !== generateAsync) return
  JSZip.prototype.generateAsync = function capturingGenerateAsync(this: JSZip, ...args: Parameters<JSZip['generateAsync']>) {
    const capture = captures.getStore()
    if (capture === undefined) return generateAsync.apply(this, args)
    capture.zip = this
    // pptxgenjs checks nothing about this value; writePptx ignores it.
    return Promise.resolve(new Uint8Array(0))
  } as JSZip['generateAsync']
}

/**
 * Runs `write` (which makes pptxgenjs write its package) and returns the
 * package's parts: XML parts as text, media as bytes, folders left out.
 *
 * @param write calls pptxgenjs's `write`
 */
export async function capturePackage(write: () => Promise<unknown>): Promise<Parts> {
  patch()
  const capture: Capture = { zip: null }
  await captures.run(capture, write)
  const zip = capture.zip
  if (zip === null) throw new Error('pptx: pptxgenjs did not write its package through JSZip.')
  const entries = Object.values(zip.files).filter((entry) => !entry.dir)
  const contents = await Promise.all(
    entries.map((entry) => (isText(entry.name) ? entry.async('string') : entry.async('uint8array'))),
  )
  const parts: Parts = new Map()
  entries.forEach((entry, index) => parts.set(entry.name, contents[index] ?? ''))
  return parts
}

function isText(path: string): boolean {
  return path.endsWith('.xml') || path.endsWith('.rels')
}
