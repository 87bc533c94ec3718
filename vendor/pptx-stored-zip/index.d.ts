/** The JSZip subset pptxgenjs uses to write an uncompressed package (see readme.md). */
declare class StoredZip {
  /** The folder `name` (created with its parents if missing), as a zip whose names are relative to it. */
  folder(name: string): StoredZip
  /** Adds (or replaces) the file `name`: text, stored as UTF-8, or base64 with `{ base64: true }`. */
  file(name: string, data: string, options?: { base64?: boolean }): this
  /** The zip of every folder and file added, in the order first added, uncompressed. */
  generateAsync(options: { type: 'nodebuffer'; compression?: 'STORE' }): Promise<Buffer>
}
export = StoredZip
