import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { makePng, pngHeader, SCRIPT_SVG, webpHeader } from './images.js'

/** Decodes the `\uXXXX` escapes a fixture uses for characters git and editors would mangle. */
export function decodeEscapes(dir: string): void {
  const path = join(dir, 'input.md')
  const text = readFileSync(path, 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  writeFileSync(path, text)
}

/** Files a case needs that are not committed: symlinks, generated images, control characters. */
export const setups: Record<string, (dir: string) => void> = {
  'image-symlink-outside': (dir) => {
    const secret = join(dirname(dir), 'rahasia')
    mkdirSync(secret)
    writeFileSync(join(secret, 'peta-asli.png'), makePng(8, 8, '0B2545'))
    symlinkSync(join(secret, 'peta-asli.png'), join(dir, 'peta.png'))
    mkdirSync(join(dir, 'gambar'))
    writeFileSync(join(dir, 'gambar', 'asli.png'), makePng(8, 8, '1F2933'))
    symlinkSync(join('gambar', 'asli.png'), join(dir, 'aman.png'))
  },
  'image-paths': (dir) => {
    // The file exists: the refusal is about where it is, not whether it is there.
    writeFileSync(join(dirname(dir), 'rahasia.png'), makePng(4, 4, '0B2545'))
    mkdirSync(join(dir, 'gambar'))
  },
  'image-bytes': (dir) => {
    writeFileSync(join(dir, 'palsu.png'), 'ini bukan gambar\n')
    writeFileSync(join(dir, 'skrip.svg'), SCRIPT_SVG)
    writeFileSync(join(dir, 'skrip-svg.png'), SCRIPT_SVG)
    writeFileSync(join(dir, 'foto.webp'), webpHeader())
    writeFileSync(join(dir, 'lebar.png'), pngHeader(30_000, 10))
    writeFileSync(join(dir, 'piksel.png'), pngHeader(12_000, 12_000))
    writeFileSync(join(dir, 'benar.jpg'), makePng(16, 9, '0B2545'))
  },
  'text-controls': decodeEscapes,
  'text-crlf-bom': (dir) => {
    const path = join(dir, 'input.md')
    writeFileSync(path, `\uFEFF${readFileSync(path, 'utf8').replace(/\n/g, '\r\n')}`)
  },
}

