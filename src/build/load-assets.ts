import { imageSize } from 'image-size'
import type { VFile } from 'vfile'
import { report } from '../diagnostics/index.js'
import { svgAsset } from './svg-image.js'
import type { Block, Deck, Image, ImageAsset, ImageAssets, Position, RasterMime } from '../model/index.js'

/** Why an image path could not be read (see `assetReader`). */
export interface AssetProblem {
  problem: 'outside' | 'remote' | 'fetch-failed' | 'too-large' | 'unreadable'
  detail?: string
}

/** An image's bytes, `null` if there is no such file, or why it may not be read. */
export type AssetRead = Uint8Array | null | AssetProblem

/**
 * Reads an image by its `Image.path` (relative to the content folder, or an
 * http(s) URL when remote images are allowed).
 */
export type ReadAsset = (path: string) => Promise<AssetRead>

/** Pictures larger than this on a side are refused: no slide needs them, and decoders choke. */
export const MAX_IMAGE_SIDE = 20_000

/** Pictures with more pixels than this (100 megapixels) are refused. */
export const MAX_IMAGE_PIXELS = 100_000_000

const mimeByType: Partial<Record<string, RasterMime>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
}

/**
 * Loads every image the deck uses, each once, and identifies it by its bytes.
 * A missing, unusable, outside, remote or oversized image is reported at the
 * image's position (a warning; `--strict` makes it an error) and gets no
 * asset: the layout draws a placeholder frame in its place.
 *
 * @param readAsset reads a path relative to the content file's folder (see `assetReader`)
 */
export async function loadAssets(deck: Deck, file: VFile, readAsset: ReadAsset): Promise<ImageAssets> {
  // No prototype: an image named `constructor` or `__proto__` must be an ordinary key.
  const assets: Record<string, ImageAsset> = Object.create(null) as Record<string, ImageAsset>
  const failed = new Set<string>()
  for (const image of deckImages(deck)) {
    const path = image.path
    if (path === null || Object.hasOwn(assets, path) || failed.has(path)) continue
    const asset = await loadOne(image, path, file, readAsset)
    if (asset === null) failed.add(path)
    else assets[path] = asset
  }
  return assets
}

/** One image's asset, or `null` after reporting why it cannot be used. */
async function loadOne(image: Image, path: string, file: VFile, readAsset: ReadAsset): Promise<ImageAsset | null> {
  const read = await readAsset(path)
  const place = image.position
  if (read === null) {
    report(file, 'image-missing', { path: image.src }, place)
    return null
  }
  if (!(read instanceof Uint8Array)) {
    const detail = read.detail ?? 'it cannot be read'
    if (read.problem === 'outside') report(file, 'image-outside-root', { path: image.src }, place)
    else if (read.problem === 'remote') report(file, 'image-remote', { url: image.src }, place)
    else if (read.problem === 'fetch-failed') report(file, 'image-fetch-failed', { url: image.src, detail }, place)
    else if (read.problem === 'too-large') report(file, 'image-too-large', { path: image.src, detail }, place)
    else report(file, 'image-unreadable', { path: image.src, detail }, place)
    return null
  }
  const identified = identify(read)
  if ('rule' in identified) {
    report(file, identified.rule, { path: image.src, detail: identified.detail }, place)
    return null
  }
  if (identified.removed.length > 0) report(file, 'image-svg-sanitized', { path: image.src, removed: identified.removed.join(', ') }, place)
  return identified.asset
}

/**
 * Loads the theme's logo (a path relative to the content folder, checked by
 * the theme) through the same reader and byte checks as the deck's images.
 * A missing or unusable logo is a `theme-logo-unusable` error at `place`
 * (the front matter, where the theme is chosen).
 *
 * @returns the asset, or `null` after reporting
 */
export async function loadLogo(path: string, file: VFile, readAsset: ReadAsset, place: Position | undefined): Promise<ImageAsset | null> {
  const read = await readAsset(path)
  const fail = (detail: string): null => {
    report(file, 'theme-logo-unusable', { path, detail }, place)
    return null
  }
  if (read === null) return fail('there is no such file')
  if (!(read instanceof Uint8Array)) return fail(read.detail ?? (read.problem === 'outside' ? 'it lies outside the content folder' : 'it cannot be read'))
  const identified = identify(read)
  return 'rule' in identified ? fail(identified.detail) : identified.asset
}

/** A template's picture as an image asset, or `null` when it is no picture layar can embed (EMF, WMF, …). */
export function templatePictureAsset(bytes: Uint8Array): ImageAsset | null {
  const identified = identify(bytes)
  return 'rule' in identified ? null : identified.asset
}

/**
 * What the bytes say the image is, or why it cannot be used. SVG is
 * sanitised and gets a PNG rendering (see `svgAsset`). WebP is refused
 * because older PowerPoint cannot show it.
 */
function identify(bytes: Uint8Array): Identified | { rule: 'image-unreadable' | 'image-too-large'; detail: string } {
  const unusable = (detail: string) => ({ rule: 'image-unreadable' as const, detail })
  if (looksLikeXml(bytes)) {
    const svg = svgAsset(bytes)
    if ('problem' in svg) return unusable(`it is an SVG file, but ${svg.problem}`)
    if (svg.asset.width > MAX_IMAGE_SIDE || svg.asset.height > MAX_IMAGE_SIDE) {
      return { rule: 'image-too-large', detail: `it declares ${svg.asset.width} × ${svg.asset.height} pixels, more than ${MAX_IMAGE_SIDE} a side` }
    }
    return svg
  }
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(bytes)
  } catch {
    return unusable('its bytes are not a known image format')
  }
  const mime = size.type === undefined ? undefined : mimeByType[size.type]
  if (size.type === 'webp') return unusable('it is a WebP file, which older PowerPoint versions cannot show; save it as PNG or JPEG')
  if (!mime) return unusable(`it is a ${size.type ?? 'unknown'} file, which layar does not embed`)
  if (!size.width || !size.height) return unusable('it declares no width or height')
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS) {
    const detail = `it declares ${size.width} × ${size.height} pixels, more than ${MAX_IMAGE_SIDE} a side or ${MAX_IMAGE_PIXELS / 1_000_000} megapixels`
    return { rule: 'image-too-large', detail }
  }
  return { asset: { mime, width: size.width, height: size.height, bytes }, removed: [] }
}

/** An identified image, and what sanitising removed from it (SVG only). */
interface Identified {
  asset: ImageAsset
  removed: string[]
}

/** Whether the bytes start like XML (an SVG file), after an optional BOM and white space. */
function looksLikeXml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 256)).toString('utf8').replace(/^\uFEFF/, '').trimStart()
  return head.startsWith('<')
}

/** Every image of the deck, in order: slide backgrounds and image blocks. */
export function deckImages(deck: Deck): Image[] {
  const images: Image[] = []
  const visit = (blocks: readonly Block[]): void => {
    for (const block of blocks) {
      if (block.type === 'image') images.push(block)
      else if (block.type === 'columns') for (const column of block.children) visit(column.children)
    }
  }
  for (const slide of deck.slides) {
    if (slide.type !== 'title' && slide.style?.backgroundImage) images.push(slide.style.backgroundImage.image)
    if (slide.type === 'content') visit(slide.blocks)
  }
  return images
}
