import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path'
import { isInside } from '../model/index.js'
import { locatedFromYaml, mergeLocated, formatPlace, type Located, type LocatedEntry, type Place } from './located.js'
import { readShippedFile, shippedThemeFile, shippedThemeNames, shippedThemesDir } from './shipped.js'
import type { ThemeProblem, ThemeReferenceDoc, ThemeResult } from './theme.js'
import { validateTheme } from './validate-theme.js'

/** Where a theme named by path is looked for, and how its files are read. */
export interface ThemeContext {
  /** The content file's folder, absolute. Path themes resolve against it and must stay inside it. */
  contentDir: string
  /** Reads a file by absolute path; `null` when there is no such file. */
  readFile: (absPath: string) => string | null
  /** How a theme file's path is shown in messages; default: the absolute path. */
  displayPath?: (absPath: string) => string
  /** The path with every symlink followed, or `null` if it does not exist; lets a symlinked theme be refused like a symlinked image. */
  realPath?: (absPath: string) => string | null
}

/** A folder themes are read from: the shipped themes, or the content folder. */
interface Origin {
  /** The folder a relative path starts from. */
  dir: string
  /** Paths may not leave this folder. */
  root: string
  read: (absPath: string) => string | null
  display: (absPath: string) => string
  realPath?: ((absPath: string) => string | null) | undefined
}

type Loaded = { type: 'ok'; root: Located; referenceDoc: ThemeReferenceDoc | null } | Exclude<ThemeResult, { type: 'ok' }>

/** The names the theme folders hold, tried in order. */
const themeFileNames: readonly string[] = ['theme.yaml', 'theme.yml', 'theme.json']

/**
 * Resolves a theme named by front matter or `--theme`: a shipped theme's name
 * (`formal`), or a path to a theme folder or file relative to the content file
 * (`./brand` → `<contentDir>/brand/theme.yaml`), which must stay inside the
 * content folder. `extends:` chains are followed and deep-merged, and every
 * problem carries the `file:line:column` it was written at.
 *
 * @param spec the theme's name or path; `null` for the default theme
 * @param context the content folder and a file reader; `null` allows shipped themes only
 */
export function resolveTheme(spec: string | null, context: ThemeContext | null, defaultName = 'formal'): ThemeResult {
  const wanted = spec ?? defaultName
  const origin: Origin | null = context && {
    dir: context.contentDir,
    root: context.contentDir,
    read: context.readFile,
    display: context.displayPath ?? ((absPath) => absPath),
    realPath: context.realPath,
  }
  const loaded = loadChain(wanted, origin, [], null)
  if (loaded.type !== 'ok') return loaded
  const checked = validateTheme(loaded.root)
  if (checked.type !== 'ok') return invalid(checked.problems)
  return loaded.referenceDoc === null ? checked : { ...checked, referenceDoc: loaded.referenceDoc }
}

/** Whether a theme spec is a path rather than a shipped theme's name. */
export function isThemePath(spec: string): boolean {
  return spec.startsWith('.') || spec.includes('/') || spec.includes('\\') || isAbsolute(spec)
}

function loadChain(spec: string, origin: Origin | null, chain: string[], at: Place | null): Loaded {
  const found = findThemeFile(spec, origin, at)
  if (found.type !== 'found') return found.result
  const { file, source } = found
  if (chain.includes(file)) {
    const cycle = [...chain, file].map(source.display).join(' → ')
    return invalid([{ place: at, message: `themes extend each other in a cycle: ${cycle}; remove one \`extends\`` }])
  }
  const text = source.read(file)
  if (text === null) {
    return invalid([{ place: at, message: `theme ${spec} has no ${themeFileNames.join(' or ')} at ${source.display(file)}` }])
  }
  const parsed = locatedFromYaml(text, source.display(file))
  if (parsed.type === 'error') return invalid(parsed.problems)
  const own = parsed.root
  if (own.type !== 'map') return invalid([{ place: own.place, message: 'the theme must be a mapping of keys to values' }])
  const entries = new Map(own.entries)
  if (!entries.has('name')) {
    // A theme's name is its own, never inherited: default to its folder's name.
    entries.set('name', { keyPlace: own.place, value: { type: 'scalar', place: own.place, value: basename(dirname(file)), source: '' } })
  }
  const logoProblem = resolveLogoFile(entries, file, source)
  if (logoProblem !== null) return invalid([logoProblem])
  const template = templateOf(entries, file, source)
  if (template !== null && 'message' in template) return invalid([template])
  const base = entries.get('extends')
  entries.delete('extends')
  const mine: Located = { ...own, entries }
  if (!base) return { type: 'ok', root: mine, referenceDoc: template }
  if (base.value.type !== 'scalar' || typeof base.value.value !== 'string') {
    return invalid([{ place: base.value.place, message: 'extends must name a shipped theme or a path to a theme folder' }])
  }
  const parent = loadChain(base.value.value, { ...source, dir: dirname(file) }, [...chain, file], base.value.place)
  if (parent.type !== 'ok') return parent
  // A template wrapped by a parent theme: this file's own keys win over it too.
  const inherited = parent.referenceDoc === null ? null : { ...parent.referenceDoc, keep: [...parent.referenceDoc.keep, ...writtenKeys(mine)] }
  return { type: 'ok', root: mergeLocated(parent.root, mine), referenceDoc: template ?? inherited }
}

/**
 * Takes `reference-doc` out of a theme file's keys: a template path written
 * relative to the theme file, made relative to the content folder (where the
 * build reads it, as an image); it must stay inside that folder.
 */
function templateOf(entries: Map<string, LocatedEntry>, file: string, source: Origin): ThemeReferenceDoc | ThemeProblem | null {
  const entry = entries.get('reference-doc')
  if (entry === undefined) return null
  entries.delete('reference-doc')
  const node = entry.value
  if (node.type !== 'scalar' || typeof node.value !== 'string' || node.value.trim() === '') {
    return { place: node.place, message: 'reference-doc must be a path to a .pptx or .potx file, relative to the theme file' }
  }
  if (source.root === shippedThemesDir) return { place: node.place, message: 'reference-doc is only read from themes beside the content (theme: ./brand)' }
  const target = resolve(dirname(file), node.value.trim())
  if (!isInside(source.root, target) || target === source.root) {
    return { place: node.place, message: `reference-doc ${node.value} lies outside the content folder; keep the template in the theme folder` }
  }
  const keep = writtenKeys({ type: 'map', place: node.place, entries })
  return { path: relative(source.root, target).split(sep).join('/'), place: node.place, keep }
}

/** The dotted keys a theme file writes itself (`colors.accent`, `sizes.body`, `gap`), `name` aside. */
function writtenKeys(root: Located, prefix = ''): string[] {
  if (root.type !== 'map') return prefix === '' ? [] : [prefix]
  const keys: string[] = []
  for (const [key, entry] of root.entries) {
    if (prefix === '' && (key === 'name' || key === 'extends')) continue
    const dotted = prefix === '' ? key : `${prefix}.${key}`
    // Maps of free keys are kept whole.
    if (entry.value.type === 'map' && !['codeTokens', 'classification', 'logo', 'layouts', 'chrome'].includes(dotted)) keys.push(...writtenKeys(entry.value, dotted))
    else keys.push(dotted)
  }
  return keys
}

type Found =
  | { type: 'found'; file: string; source: Origin }
  | { type: 'error'; result: Exclude<ThemeResult, { type: 'ok' }> }

function findThemeFile(spec: string, origin: Origin | null, at: Place | null): Found {
  if (!isThemePath(spec)) {
    const known = shippedThemeNames()
    if (known.includes(spec)) return { type: 'found', file: shippedThemeFile(spec), source: shippedOrigin(spec) }
    if (at === null) return { type: 'error', result: { type: 'unknown', name: spec, known } }
    return fail(at, `extends names no shipped theme ${spec}; shipped themes: ${known.join(', ')}`)
  }
  if (origin === null) return { type: 'error', result: { type: 'unknown', name: spec, known: shippedThemeNames() } }
  const target = resolve(origin.dir, spec)
  const outside = (): Found =>
    fail(at, `theme ${spec} lies outside ${origin.display(origin.root)}; keep an organisation's theme in a folder beside the content`)
  if (!isInside(origin.root, target)) return outside()
  const candidates = /\.(ya?ml|json)$/i.test(target) ? [target] : themeFileNames.map((name) => resolve(target, name))
  const file = candidates.find((candidate) => origin.read(candidate) !== null) ?? candidates[0] ?? target
  // Symlinks are followed before the check, as for images, so a linked folder or file cannot lead out.
  const real = origin.realPath?.(file) ?? null
  const realRoot = origin.realPath?.(origin.root) ?? null
  if (real !== null && realRoot !== null && !isInside(realRoot, real)) return outside()
  return { type: 'found', file, source: origin }
}

/**
 * Rewrites `logo.file` (written relative to the theme file's folder) to a path
 * relative to the content folder, where the build reads it like an image.
 * It must stay inside the content folder; shipped themes carry no logo, since
 * the build reads pictures only from the content folder.
 */
function resolveLogoFile(entries: Map<string, LocatedEntry>, file: string, source: Origin): ThemeProblem | null {
  const logo = entries.get('logo')
  const written = logo?.value.type === 'map' ? logo.value.entries.get('file') : undefined
  if (logo === undefined || logo.value.type !== 'map' || written === undefined) return null
  const node = written.value
  if (node.type !== 'scalar' || typeof node.value !== 'string' || node.value.trim() === '') return null
  if (source.root === shippedThemesDir) {
    return { place: node.place, message: 'logo is only read from themes beside the content (theme: ./brand); put the logo in such a theme' }
  }
  const target = resolve(dirname(file), node.value)
  if (!isInside(source.root, target) || target === source.root) {
    return { place: node.place, message: `logo.file ${node.value} lies outside the content folder; keep the logo in the theme folder` }
  }
  const path = relative(source.root, target).split(sep).join('/')
  const entriesOfLogo = new Map(logo.value.entries)
  entriesOfLogo.set('file', { ...written, value: { ...node, value: path } })
  entries.set('logo', { ...logo, value: { ...logo.value, entries: entriesOfLogo } })
  return null
}

function shippedOrigin(name: string): Origin {
  const root = shippedThemesDir
  return {
    dir: resolve(root, name),
    root,
    read: readShippedFile,
    display: (absPath) => relative(resolve(root, '..'), absPath),
  }
}

function fail(place: Place | null, message: string): Found {
  return { type: 'error', result: invalid([{ place, message }]) }
}

function invalid(problems: ThemeProblem[]): Exclude<ThemeResult, { type: 'ok' }> {
  const detail = problems
    .map((problem) => (problem.place === null ? problem.message : `${formatPlace(problem.place)}: ${problem.message}`))
    .join('; ')
  return { type: 'invalid', detail, problems }
}
