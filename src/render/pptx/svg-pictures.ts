import type { Element } from 'xast'
import { x } from 'xastscript'
import type { Parts } from './dedupe-media.js'
import type { TreeTransform } from './part-transforms.js'
import { isSlidePart, partNumber } from './part-paths.js'
import type { ImageShape, PptxPlan, SlidePlan } from './plan/index.js'
import { childElement, documentElement, elementsNamed, parseXmlPart, serializeXmlPart } from './xml-tree.js'

/**
 * SVG images as PowerPoint's native SVG picture: the picture's `<a:blip>`
 * keeps `r:embed` on the PNG rendering pptxgenjs embedded (what older
 * readers and LibreOffice show) and gains the extension PowerPoint writes,
 * `<asvg:svgBlip r:embed>`, naming the sanitised SVG stored as a media part of
 * its own. Two steps, both derived from the plan alone so rebuilds stay
 * byte-identical: `addSvgParts` adds the media parts and the slides'
 * relationships to them (the content type follows from the `.svg` extension),
 * and the `svgBlips` tree transform adds the extension to each picture's blip.
 */

/** The extension URI PowerPoint uses for an SVG blip. */
export const SVG_BLIP_URI = '{96DAC541-7B7A-43D3-8B79-37D633B846F1}'
/** The namespace of `asvg:svgBlip`. */
export const SVG_NAMESPACE = 'http://schemas.microsoft.com/office/drawing/2016/SVG/main'
const IMAGE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'

type SvgPicture = ImageShape & { svg: Uint8Array }

/** The slide's pictures that are SVG images, in plan order. */
export function svgPictures(slide: SlidePlan): SvgPicture[] {
  return slide.shapes.filter((shape): shape is SvgPicture => shape.type === 'image' && shape.svg !== undefined)
}

/** The relationship id of the slide's `index`-th (0-based) SVG picture; pptxgenjs only writes `rId<number>`. */
export function svgRelationshipId(index: number): string {
  return `rIdSvg${index + 1}`
}

/**
 * Adds one `ppt/media/imageK.svg` part per SVG picture (K counts through the
 * deck; pptxgenjs names its media `image-S-N.ext`, so they never collide) and
 * a relationship to it from the picture's slide. Run before `dedupeMedia`, so
 * an SVG used twice is stored once.
 */
export function addSvgParts(parts: Parts, plan: PptxPlan): void {
  let count = 0
  plan.slides.forEach((slide, slideIndex) => {
    const pictures = svgPictures(slide)
    if (pictures.length === 0) return
    const relsPath = `ppt/slides/_rels/slide${slideIndex + 1}.xml.rels`
    const rels = parts.get(relsPath)
    if (typeof rels !== 'string') throw new Error(`pptx: ${relsPath} is missing; cannot add the SVG pictures of slide ${slideIndex + 1}.`)
    const tree = parseXmlPart(rels)
    const root = documentElement(tree)
    pictures.forEach((picture, index) => {
      count += 1
      parts.set(`ppt/media/image${count}.svg`, picture.svg)
      root.children.push(x('Relationship', { Id: svgRelationshipId(index), Type: IMAGE_RELATIONSHIP, Target: `../media/image${count}.svg` }))
    })
    parts.set(relsPath, serializeXmlPart(tree))
  })
}

/** Adds the `asvg:svgBlip` extension to the blip of every SVG picture on a slide. */
export const svgBlips: TreeTransform = {
  type: 'tree',
  name: 'svg-blips',
  appliesTo: isSlidePart,
  transform(tree, { path, slide }) {
    const number = partNumber(path)
    if (slide === undefined) throw new Error(`pptx svg-blips: slide ${String(number)} is not in the plan.`)
    const pictures = svgPictures(slide)
    if (pictures.length === 0) return
    const pics = elementsNamed(tree, 'p:pic')
    pictures.forEach((picture, index) => {
      const blip = blipOf(pics, picture.name)
      if (blip === undefined) throw new Error(`pptx svg-blips: slide ${number} has no picture named \`${picture.name}\`.`)
      let extList = childElement(blip, 'a:extLst')
      if (extList === undefined) {
        extList = x('a:extLst')
        blip.children.push(extList)
      }
      extList.children.push(x('a:ext', { uri: SVG_BLIP_URI }, [x('asvg:svgBlip', { 'xmlns:asvg': SVG_NAMESPACE, 'r:embed': svgRelationshipId(index) })]))
    })
  },
}

/** The `<a:blip>` of the picture named `name`. */
function blipOf(pics: Element[], name: string): Element | undefined {
  const pic = pics.find((candidate) => {
    const properties = childElement(candidate, 'p:nvPicPr')
    return properties !== undefined && childElement(properties, 'p:cNvPr')?.attributes['name'] === name
  })
  if (pic === undefined) return undefined
  const fill = childElement(pic, 'p:blipFill')
  return fill === undefined ? undefined : childElement(fill, 'a:blip')
}
