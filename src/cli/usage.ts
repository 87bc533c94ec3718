/** The `--help` text: the command line is a contract, so this is its reference. */
export const usage = `Usage: layar <command> [options]

Commands:
  build [inputs...]   Build each content file (or each .md file in a folder) into
                      DIR/<name>.html and DIR/<name>.pptx (and DIR/<name>.pdf with
                      --format pdf). Default input: content/
  check [inputs...]   Build and report problems and fit, but write nothing.
  dev [deck]          Serve one deck with live reload and a "Download PPTX" link, and
                      rewrite DIR/<name>.html and DIR/<name>.pptx on every save.
  themes              List the shipped themes.

Options:
  --out DIR           Output folder (default: dist)
  --format LIST       Comma-separated formats: html, pptx, pdf (default: html,pptx)
  --pdf-notes         build: also write DIR/<name>-notes.pdf, a handout with each slide
                      above its speaker notes (needs pdf in --format)
  --chromium PATH     build: the Chromium that prints the PDF (default: LAYAR_CHROMIUM,
                      else chromium on PATH; on Debian: apt-get install chromium)
  --theme NAME        Theme to use, overriding the front matter's \`theme\`
  --reference-doc FILE  build, check: the organisation's PowerPoint template (.pptx or .potx)
                      both decks follow, overriding the front matter's \`reference-doc\`
  --strict            build, check: any text shrunk, slide split or overflow is an error
  --watch             build: rebuild on every change of the deck, its images or its theme
  --port N            dev: port to serve on (default 4173; 0 picks a free port)
  --host ADDR         dev: address to bind (default 127.0.0.1)
  --open              dev: open the deck in the browser
  --allow-outside     Read images outside the content file's folder
  --fetch-remote      Fetch http(s) images (10 s timeout, 50 MB cap); default: refuse them
  --all-messages      Print every message (default: the first 100 per deck, errors first,
                      then a line saying how many more)
  --debug             Print the stack of an internal error
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 success (warnings allowed), 1 content errors, 2 usage errors (also: no Chromium
for --format pdf), 3 internal error, 130 interrupted (Ctrl-C).
Environment: SOURCE_DATE_EPOCH (whole seconds) dates the PPTX when the deck has no ISO \`date\`;
without either, the PPTX is dated 1980-01-01, so two builds are always byte-identical.
LAYAR_CACHE_DIR (an absolute path) is where measured text widths and compiled code are kept between
builds (default: the user cache folder, e.g. ~/.cache/layar); set it empty to keep none. Outputs are
the same either way.`
