import { imageSize } from 'image-size'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import type { Block, Deck, Image, ImageAsset, ImageAssets, ImageMime } from '../model/index.js'

/** Reads a file's bytes, or `null` if it does not exist. Paths are relative to the content folder. */
export type ReadAsset = (path: string) => Promise<Uint8Array | null>

const mimeByType: Partial<Record<string, ImageMime>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
}

/**
 * Loads every image the deck uses, each once, and identifies it by its bytes.
 * A missing or unusable image is an error at the image's position.
 *
 * @param readAsset reads a path relative to the content file's folder
 */
export async function loadAssets(deck: Deck, file: VFile, readAsset: ReadAsset): Promise<ImageAssets> {
  const assets: Record<string, ImageAsset> = {}
  const failed = new Set<string>()
  for (const image of deckImages(deck)) {
    if (assets[image.path] || failed.has(image.path)) continue
    const bytes = await readAsset(image.path)
    if (bytes === null) {
      report(file, 'image-missing', { path: image.src }, image.position)
      failed.add(image.path)
      continue
    }
    const asset = identify(bytes)
    if (typeof asset === 'string') {
      report(file, 'image-unreadable', { path: image.src, detail: asset }, image.position)
      failed.add(image.path)
      continue
    }
    assets[image.path] = asset
  }
  return assets
}

/** What the bytes say the image is, or why it cannot be used. */
function identify(bytes: Uint8Array): ImageAsset | string {
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(bytes)
  } catch {
    return 'its bytes are not a known image format'
  }
  const mime = size.type === undefined ? undefined : mimeByType[size.type]
  if (!mime) return `it is a ${size.type ?? 'unknown'} file, which layar does not embed`
  if (!size.width || !size.height) return 'it declares no width or height'
  return { mime, width: size.width, height: size.height, bytes }
}

/** Every image block of the deck, in order. */
export function deckImages(deck: Deck): Image[] {
  const images: Image[] = []
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'image') images.push(block)
      else if (block.type === 'columns') for (const column of block.children) visit(column.children)
    }
  }
  for (const slide of deck.slides) if (slide.type === 'content') visit(slide.blocks)
  return images
}
