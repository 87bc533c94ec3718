import type { Heading, List, Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { defaultDeckPath, readText } from '../support/seed-text.js'

/** A `##` slide of the deck: its title, its section and the nodes under it. */
interface SlideSource {
  title: string
  section: string
  nodes: RootContent[]
}

const tree = unified()
  .use(remarkParse)
  .use(remarkFrontmatter)
  .use(remarkGfm)
  .use(remarkDirective)
  .parse(directiveFences(readText(defaultDeckPath))) as Root

/**
 * Pandoc writes fenced divs as `::: notes`; remark-directive only reads
 * `:::notes`. Note: this only lets this test see the deck's structure; the
 * real parser must accept the pandoc spelling itself.
 */
function directiveFences(source: string): string {
  return source.replace(/^(:{3,})[ \t]+([A-Za-z][\w-]*)[ \t]*$/gmu, '$1$2')
}

/** Groups top-level nodes under their `##` heading (pandoc slide level 2). */
function slidesOf(root: Root): SlideSource[] {
  const slides: SlideSource[] = []
  let section = ''
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth === 1) section = toString(node)
    else if (node.type === 'heading' && node.depth === 2) slides.push({ title: toString(node), section, nodes: [] })
    else if (node.type !== 'yaml') slides.at(-1)?.nodes.push(node)
  }
  return slides
}

/** The lists a viewer sees on a slide (not those in speaker notes). */
function visibleLists(nodes: RootContent[]): List[] {
  const lists: List[] = []
  for (const node of nodes) {
    if (node.type === 'containerDirective' && node.name === 'notes') continue
    collectLists(node, lists)
  }
  return lists
}

/** Pushes `node` and the lists inside it (pre-order) onto `lists`. */
function collectLists(node: RootContent, lists: List[]): void {
  if (node.type === 'list') lists.push(node)
  if ('children' in node) for (const child of node.children) collectLists(child, lists)
}

const slides = slidesOf(tree)

describe('default deck front matter', () => {
  const yamlNode = tree.children[0]
  const meta: unknown = yamlNode?.type === 'yaml' ? parseYaml(yamlNode.value) : null

  it('has the briefing metadata', () => {
    expect(meta).toMatchObject({
      title: 'Kerjasama Militer Internasional Regional',
      date: '2026-11-25',
      lang: 'id',
      classification: 'TERBATAS',
    })
    for (const key of ['subtitle', 'author', 'organization', 'footer']) {
      expect(meta).toHaveProperty(key, expect.stringMatching(/\S/u))
    }
  })
})

describe('default deck structure', () => {
  it('has one section per part of the article, in order', () => {
    const sections = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth === 1).map((n) => toString(n))
    expect(sections).toEqual([
      'Pendahuluan',
      'Kerjasama Militer dan Keamanan: Pilar Perdamaian',
      'Teknologi sebagai Katalisator Kerjasama',
      'Kebudayaan sebagai Jembatan Kerjasama',
      'Tantangan dan Peluang dalam Kerjasama Militer',
      'Peran Diplomasi dalam Kerjasama Militer',
      'Masa Depan Kerjasama Militer Internasional Regional',
      'Ringkasan Kerjasama Militer Internasional Regional',
    ])
  })

  it('keeps slide level 2: every section heading is followed by a slide heading', () => {
    tree.children.forEach((node, index) => {
      if (node.type !== 'heading' || node.depth !== 1) return
      expect(tree.children[index + 1]).toMatchObject({ type: 'heading', depth: 2 })
    })
  })

  it.each(slides.map((s) => [s.title, s] as const))('slide "%s" has speaker notes', (_title, slide) => {
    expect(slide.nodes.some((n) => n.type === 'containerDirective' && n.name === 'notes')).toBe(true)
  })

  it.each(slides.map((s) => [s.title, s] as const))('slide "%s" has concise visible bullets', (_title, slide) => {
    for (const list of visibleLists(slide.nodes)) {
      expect(list.children.length).toBeGreaterThanOrEqual(3)
      expect(list.children.length).toBeLessThanOrEqual(6)
      for (const item of list.children) expect(toString(item).split(/\s+/u).length).toBeLessThanOrEqual(12)
    }
    const items = visibleLists(slide.nodes).reduce((sum, list) => sum + list.children.length, 0)
    expect(items).toBeLessThanOrEqual(6)
  })

  it('keeps the article’s numbered lists numbered, the ten challenges continuing at 6', () => {
    const numbered = slides.flatMap((slide) =>
      visibleLists(slide.nodes)
        .filter((list) => list.ordered === true)
        .map((list) => ({ section: slide.section, start: list.start ?? 1, items: list.children.length })),
    )
    expect(numbered).toContainEqual({ section: 'Teknologi sebagai Katalisator Kerjasama', start: 1, items: 5 })
    const challenges = numbered.filter((list) => list.section.startsWith('Tantangan'))
    expect(challenges).toEqual([
      { section: 'Tantangan dan Peluang dalam Kerjasama Militer', start: 1, items: 5 },
      { section: 'Tantangan dan Peluang dalam Kerjasama Militer', start: 6, items: 5 },
    ])
  })

  it('has one two-column slide and one table', () => {
    const columns = slides.flatMap((s) => s.nodes).filter((n) => n.type === 'containerDirective' && n.name === 'columns')
    expect(columns).toHaveLength(1)
    const [block] = columns
    const children = block?.type === 'containerDirective' ? block.children : []
    expect(children.map((c) => (c.type === 'containerDirective' ? c.name : c.type))).toEqual(['column', 'column'])
    expect(slides.flatMap((s) => s.nodes).filter((n) => n.type === 'table')).toHaveLength(1)
  })

  it('ends with a closing slide', () => {
    expect(slides.map((s) => s.title).slice(-2)).toEqual(['Kesimpulan', 'Terima Kasih'])
  })
})
