/**
 * Front matter keys that belong to pandoc or Quarto (their templates, writers,
 * citation processing, code execution and editors) and mean nothing to layar's
 * slides. A deck written for pandoc or Quarto carries them, so they are
 * accepted without a message; only keys that are nobody's are reported.
 *
 * Sources: pandoc's manual ("Variables", "Metadata variables", reveal.js and
 * PowerPoint sections) and Quarto's reference for `revealjs` and `pptx`.
 */
export const foreignKeys: ReadonlySet<string> = new Set([
  // pandoc metadata and template variables
  'abstract', 'abstract-title', 'keywords', 'description', 'subject', 'category', 'categories', 'tags', 'copyright',
  'license', 'header-includes', 'include-before', 'include-after', 'css', 'mainfont', 'sansfont', 'monofont',
  'mathfont', 'fontsize', 'linestretch', 'margin-left', 'margin-right', 'margin-top', 'margin-bottom', 'geometry',
  'documentclass', 'classoption', 'papersize', 'pagetitle', 'title-prefix', 'toc', 'toc-title', 'toc-depth',
  'table-of-contents', 'number-sections', 'numbersections', 'secnumdepth', 'highlight-style', 'highlighting-style',
  'syntax-highlighting', 'link-citations', 'linkcolor', 'urlcolor', 'citecolor', 'dir', 'revealjs-url', 'html-math-method',
  'mathjax', 'katex', 'section-divs', 'slide-level', 'aspectratio', 'beamerarticle', 'colortheme', 'fonttheme',
  'innertheme', 'outertheme', 'navigation', 'titlegraphic', 'logo', 'theme', 'transition', 'background-transition',
  'transition-speed', 'controls', 'progress', 'history', 'center', 'hash', 'width', 'height', 'margin', 'min-scale',
  'max-scale', 'background-image', 'parallax-background-image', 'date-meta', 'author-meta', 'lang', 'output',
  // citations
  'bibliography', 'csl', 'citation-style', 'references', 'nocite', 'suppress-bibliography', 'reference-section-title',
  'citation-abbreviations', 'cite-method', 'citation', 'citeproc',
  // Quarto: formats, execution, project and editor settings
  'format', 'execute', 'jupyter', 'knitr', 'engine', 'editor', 'editor_options', 'params', 'filters', 'shortcodes',
  'echo', 'eval', 'warning', 'error', 'include', 'output-file', 'output-dir', 'execute-dir', 'freeze', 'cache',
  'code-fold', 'code-tools', 'code-line-numbers', 'code-overflow', 'code-copy', 'code-link', 'code-annotations',
  'fig-width', 'fig-height', 'fig-align', 'fig-cap-location', 'fig-format', 'fig-dpi', 'fig-responsive', 'tbl-cap-location',
  'crossref', 'lightbox', 'draft', 'resources', 'embed-resources', 'self-contained', 'self-contained-math', 'standalone',
  'page-layout', 'title-block-banner', 'title-block-style', 'title-slide-attributes', 'date-format', 'date-modified',
  'image', 'image-alt', 'search', 'comments', 'google-scholar', 'doi', 'funding', 'appendix-style', 'reference-location',
  'citation-location', 'filters-params', 'preview-links', 'chalkboard', 'multiplex', 'scrollable', 'menu', 'navigation-mode',
  'auto-stretch', 'auto-animate', 'auto-slide', 'footnotes-hover', 'pdf-separate-fragments', 'show-notes',
  'speaker-notes', 'hide-inactive-cursor', 'view-distance', 'mouse-wheel', 'preload-iframes', 'fragments',
  'fragment-in-url', 'jump-to-slide', 'pdf-max-pages-per-slide', 'overview', 'loop', 'rtl', 'shuffle', 'touch',
  'keyboard', 'slide-tone', 'embedded', 'help', 'pause', 'show-slide-number', 'tbl-colwidths', 'df-print',
  'number-depth', 'number-offset', 'shift-heading-level-by', 'ojs-engine', 'mermaid', 'mermaid-format',
  'bibliographystyle', 'biblio-title', 'biblio-style', 'natbiboptions', 'biblatexoptions', 'pdf-engine',
  'affiliation', 'affiliations', 'email', 'orcid', 'website', 'about', 'listing', 'sidebar', 'subtitle-meta',
])
