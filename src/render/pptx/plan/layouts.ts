import type { LayoutPlan } from './types.js'

/**
 * The slide layouts of the package as PowerPoint names and types them, by the
 * pptxgenjs layout each one is drawn from (`DEFAULT` is pptxgenjs's own empty
 * layout). Data, not code: a template can map onto its own layouts.
 */
export const standardLayouts: readonly LayoutPlan[] = [
  { source: 'DEFAULT', name: 'Blank', type: 'blank' },
  { source: 'TITLE', name: 'Title Slide', type: 'title' },
  { source: 'SECTION', name: 'Section Header', type: 'secHead' },
  { source: 'CONTENT', name: 'Title and Content', type: 'obj' },
  { source: 'TWO_COLUMN', name: 'Two Content', type: 'twoObj' },
  // Image slides have a title and a picture that is not a placeholder.
  { source: 'IMAGE', name: 'Title Only', type: 'titleOnly' },
]
