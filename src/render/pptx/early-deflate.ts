import { DeflateWorker, type DeflatedBatch } from './deflate-worker.js'
import type { Packed, ZipCache } from './zip-writer.js'

/**
 * Compresses the parts of a large package on a thread while the main thread
 * is still transforming the next ones: `offer` a part as soon as its text is
 * what it will probably be written as; `writeZip` then `take`s the compressed
 * entry, but only if the entry it writes has exactly the offered content
 * (a later step may still change a part: then it is compressed again, on the
 * main thread). So the zip's bytes never depend on what was offered.
 *
 * Small packages never start the thread: below `startAt` characters of parts
 * to compress, compressing them in `writeZip` costs less than a thread (the
 * default deck has some 340 KB of parts; a 1,000-slide deck 11 MB). Parts the
 * zip cache already holds are not offered.
 */
export class EarlyDeflate {
  private readonly previous: ReadonlyMap<string, Packed>
  private readonly offers = new Map<string, Offer>()
  /** Parts offered before the thread started: sent when it starts. */
  private waiting: Array<{ path: string; content: Uint8Array | string }> = []
  private waitingLength = 0
  private worker: DeflateWorker | null = null
  private open: Batch | null = null

  /**
   * @param level the DEFLATE level `writeZip` will use
   * @param cache the zip cache `writeZip` will use: what it holds is not compressed again
   * @param startAt how many characters of parts to compress start the thread
   */
  constructor(
    readonly level: number,
    cache: ZipCache | undefined,
    private readonly startAt = START_AT,
  ) {
    this.previous = cache !== undefined && cache.level === level ? cache.entries : new Map()
  }

  /** Offers a part for compression ahead of `writeZip`; offering a path again replaces its content. */
  offer(path: string, content: Uint8Array | string): void {
    if (this.previous.get(path)?.content === content) return
    if (this.worker === null) {
      this.waiting.push({ path, content })
      this.waitingLength += content.length
      if (this.waitingLength < this.startAt) return
      this.worker = new DeflateWorker(this.level)
      const waiting = this.waiting
      this.waiting = []
      for (const part of waiting) this.send(part.path, part.content)
      return
    }
    this.send(path, content)
  }

  /** The compressed entry of a part offered with exactly this content, or undefined (compress it yourself). */
  take(path: string, content: Uint8Array | string): Promise<Packed> | undefined {
    const offer = this.offers.get(path)
    if (offer === undefined || offer.content !== content) return undefined
    if (offer.batch === this.open) this.flush()
    return offer.batch.packed?.then((packed) => packed[offer.index] as Packed)
  }

  /** Stops the thread, if it started. */
  close(): void {
    this.worker?.close()
  }

  /** Adds a part to the open batch (UTF-8 for text), sent once it holds `BATCH_BYTES`. */
  private send(path: string, content: Uint8Array | string): void {
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit.
    const room = typeof content === 'string' ? content.length * 3 : content.length
    if (this.open !== null && this.open.used + room > this.open.bytes.length) this.flush()
    // Not from Buffer's shared pool: the buffer is transferred to the thread whole.
    this.open ??= { bytes: Buffer.allocUnsafeSlow(Math.max(BATCH_BYTES, room)), used: 0, lengths: [], contents: [], packed: null }
    const batch = this.open
    const length = typeof content === 'string' ? batch.bytes.write(content, batch.used, 'utf8') : (batch.bytes.set(content, batch.used), content.length)
    batch.used += length
    this.offers.set(path, { content, batch, index: batch.lengths.push(length) - 1 })
    batch.contents.push(content)
    if (batch.used >= BATCH_BYTES) this.flush()
  }

  /** Sends the open batch to the thread. */
  private flush(): void {
    const batch = this.open
    if (batch === null || this.worker === null) return
    this.open = null
    const sent = this.worker.deflate(batch.bytes.subarray(0, batch.used), Uint32Array.from(batch.lengths))
    batch.packed = sent.then((deflated) => entriesOf(deflated, batch))
    // A batch nobody takes (its parts changed, or the zip failed) must not report an unhandled rejection.
    batch.packed.catch(() => undefined)
  }
}

/** Characters of parts to compress from which a package is compressed on a thread (~2 MB: some 200 slides). */
const START_AT = 2_000_000
/** Bytes per batch sent to the thread: ~40 messages for a 1,000-slide deck, and little left to wait for at the end. */
const BATCH_BYTES = 256 * 1024

/** Parts encoded one after another, sent to the thread as one message. */
interface Batch {
  bytes: Buffer
  used: number
  lengths: number[]
  contents: Array<Uint8Array | string>
  /** Set when sent. */
  packed: Promise<Packed[]> | null
}

/** A part offered, and where it is in its batch. */
interface Offer {
  content: Uint8Array | string
  batch: Batch
  index: number
}

/** The batch's entries as `writeZip` keeps them: each a view of the thread's output. */
function entriesOf(deflated: DeflatedBatch, batch: Batch): Packed[] {
  let at = 0
  return batch.contents.map((content, index) => {
    const length = deflated.lengths[index] ?? 0
    const data = deflated.data.subarray(at, at + length)
    at += length
    return { content, data, crc: deflated.crcs[index] ?? 0, size: batch.lengths[index] ?? 0 }
  })
}
