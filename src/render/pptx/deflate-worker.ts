import { Worker } from 'node:worker_threads'

/**
 * A thread that DEFLATE-compresses batches of zip entries, so the main thread
 * goes on transforming the next parts of a large package meanwhile (issue 20:
 * compressing a 1,000-slide deck's 11 MB of XML took ~260 ms of the main
 * thread). Same zlib, same level, same options as `zip-writer.ts`'s `pack`:
 * the same bytes.
 *
 * Why a thread and not zlib's async API: that creates a stream per call, and
 * for thousands of small parts the main thread spent more on those streams
 * than the compression cost (measured: 600–1,000 ms of the main thread for the
 * deck's 4,000 parts, against 300–400 ms for `deflateRawSync`). A batch holds
 * many entries in one transferred buffer: one message each way per batch.
 *
 * The thread's code is a string (`eval`), so it needs no file of its own
 * beside the bundled CLI.
 */

/** What the thread sends back for one batch: the compressed entries one after another, their lengths and CRC-32s. */
export interface DeflatedBatch {
  data: Uint8Array
  lengths: Uint32Array
  crcs: Uint32Array
}

/** One batch sent to the thread. */
interface Job {
  resolve: (batch: DeflatedBatch) => void
  reject: (error: Error) => void
}

/** Runs in the thread: compresses each entry of a batch, in order (the chunk size does not change zlib's output, only its buffers). */
const source = `
const { parentPort, workerData } = require('node:worker_threads')
const { crc32, deflateRawSync } = require('node:zlib')
parentPort.on('message', ({ bytes: input, lengths }) => {
  const outputs = []
  const compressed = new Uint32Array(lengths.length)
  const crcs = new Uint32Array(lengths.length)
  let at = 0
  let total = 0
  for (let i = 0; i < lengths.length; i++) {
    const entry = input.subarray(at, at + lengths[i])
    at += lengths[i]
    crcs[i] = crc32(entry)
    const n = entry.length
    const data = deflateRawSync(entry, { level: workerData.level, chunkSize: Math.min(Math.max(64, n + (n >>> 3) + (n >>> 6) + 64), 1 << 20) })
    outputs.push(data)
    compressed[i] = data.length
    total += data.length
  }
  const data = new Uint8Array(total)
  let offset = 0
  for (const output of outputs) {
    data.set(output, offset)
    offset += output.length
  }
  parentPort.postMessage({ data, lengths: compressed, crcs }, [data.buffer, compressed.buffer, crcs.buffer])
})
`

/** A compression thread; `close` it when the zip is written. */
export class DeflateWorker {
  private readonly worker: Worker
  /** Batches sent and not answered yet, oldest first: the thread answers in order. */
  private readonly jobs: Job[] = []
  private failure: Error | null = null

  /** @param level the DEFLATE level (zlib's 0–9) */
  constructor(level: number) {
    this.worker = new Worker(source, { eval: true, workerData: { level }, stdout: false, stderr: false })
    this.worker.on('message', (batch: DeflatedBatch) => this.jobs.shift()?.resolve(batch))
    this.worker.on('error', (error) => this.fail(error))
    this.worker.on('exit', (code) => this.fail(new Error(`pptx: the compression thread stopped (exit code ${code}) before it compressed every part.`)))
  }

  /**
   * Compresses the entries held one after another in `bytes` (the buffer is
   * transferred to the thread: do not use it afterwards).
   *
   * @param bytes the entries' bytes
   * @param lengths each entry's length in bytes, in order
   */
  deflate(bytes: Uint8Array, lengths: Uint32Array): Promise<DeflatedBatch> {
    if (this.failure !== null) return Promise.reject(this.failure)
    return new Promise((resolve, reject) => {
      this.jobs.push({ resolve, reject })
      this.worker.postMessage({ bytes, lengths }, [bytes.buffer as ArrayBuffer])
    })
  }

  /** Stops the thread (batches still pending are rejected). */
  close(): void {
    this.worker.removeAllListeners('exit')
    void this.worker.terminate()
    this.fail(new Error('pptx: the compression thread was closed before it compressed every part.'))
  }

  private fail(error: Error): void {
    this.failure ??= error
    for (const job of this.jobs.splice(0)) job.reject(error)
  }
}
