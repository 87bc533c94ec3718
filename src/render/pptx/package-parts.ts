import type { PlanMeta } from './plan/index.js'
import { x } from 'xastscript'
import { escapeXml } from './xml-escape.js'
import { serializeXmlPart } from './xml-tree.js'

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** Content types of the parts layar writes, by path pattern. */
const OVERRIDES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ppt\/presentation\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml'],
  [/^ppt\/slides\/slide\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slide+xml'],
  [/^ppt\/slideLayouts\/slideLayout\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml'],
  [/^ppt\/slideMasters\/slideMaster\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml'],
  [/^ppt\/notesSlides\/notesSlide\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml'],
  [/^ppt\/notesMasters\/notesMaster\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml'],
  [/^ppt\/theme\/theme\d+\.xml$/, 'application/vnd.openxmlformats-officedocument.theme+xml'],
  [/^ppt\/presProps\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.presProps+xml'],
  [/^ppt\/viewProps\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml'],
  [/^ppt\/tableStyles\.xml$/, 'application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml'],
  [/^docProps\/core\.xml$/, 'application/vnd.openxmlformats-package.core-properties+xml'],
  [/^docProps\/app\.xml$/, 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
]

const DEFAULTS: Readonly<Record<string, string>> = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  xml: 'application/xml',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
}

/**
 * `[Content_Types].xml` for exactly the parts in the package. pptxgenjs 4.0.1
 * lists a slide master per slide (parts that do not exist); this lists what is there.
 */
/** The override content type of a part layar writes, or `undefined` for parts typed by their extension. */
export function overrideTypeOf(path: string): string | undefined {
  return OVERRIDES.find(([pattern]) => pattern.test(path))?.[1]
}

export function contentTypesXml(paths: readonly string[]): string {
  const extensions = new Set<string>(['rels', 'xml'])
  const overrides: string[] = []
  for (const path of paths) {
    const type = OVERRIDES.find(([pattern]) => pattern.test(path))?.[1]
    if (type !== undefined) overrides.push(`<Override PartName="/${escapeXml(path)}" ContentType="${type}"/>`)
    else extensions.add(path.slice(path.lastIndexOf('.') + 1).toLowerCase())
  }
  const defaults = [...extensions].sort().map((extension) => {
    const type = DEFAULTS[extension]
    if (type === undefined) throw new Error(`pptx post-process: no content type for part extension \`.${extension}\`.`)
    return `<Default Extension="${extension}" ContentType="${type}"/>`
  })
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${defaults.join('')}${overrides.join('')}</Types>`
}

/** `docProps/core.xml`: title, author, subject, language, and fixed dates. */
export function coreXml(meta: PlanMeta, modified: Date): string {
  const when = modified.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const optional = (tag: string, value: string | null): string => (value === null ? '' : `<${tag}>${escapeXml(value)}</${tag}>`)
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    optional('dc:subject', meta.subject) +
    optional('dc:creator', meta.author) +
    `<dc:language>${escapeXml(meta.lang)}</dc:language>` +
    optional('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  )
}

/** Package paths counted in `docProps/app.xml`. */
const COUNTED = {
  slides: /^ppt\/slides\/slide\d+\.xml$/,
  notes: /^ppt\/notesSlides\/notesSlide\d+\.xml$/,
}

/**
 * `docProps/app.xml`: application, company, and the slide and notes counts of
 * the package as it is (pptxgenjs writes a notes slide for every slide, with
 * notes or without, and PowerPoint counts notes slides).
 *
 * @param paths every part path of the finished package
 */
export function appXml(meta: PlanMeta, paths: readonly string[]): string {
  const count = (pattern: RegExp): string => String(paths.filter((path) => pattern.test(path)).length)
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8" standalone="yes"' },
    { type: 'text', value: '\n' },
    x(
      'Properties',
      {
        xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties',
        'xmlns:vt': 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes',
      },
      [
        x('TotalTime', '0'),
        x('Application', 'layar'),
        x('PresentationFormat', 'Widescreen'),
        x('Slides', count(COUNTED.slides)),
        x('Notes', count(COUNTED.notes)),
        x('HiddenSlides', '0'),
        meta.company === null ? null : x('Company', meta.company),
        x('LinksUpToDate', 'false'),
        x('SharedDoc', 'false'),
        x('HyperlinksChanged', 'false'),
      ],
    ),
  ])
  return serializeXmlPart(tree)
}
