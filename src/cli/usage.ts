/** The `--help` text: the command line is a contract, so this is its reference. */
export const usage = `Usage: layar <command> [options]

Commands:
  build [inputs...]   Build each content file (or each .md file in a folder) into
                      DIR/<name>.html and DIR/<name>.pptx. Default input: content/
  check [inputs...]   Build and report problems and fit, but write nothing.
  themes              List the shipped themes.

Options:
  --out DIR           Output folder (default: dist)
  --format LIST       Comma-separated formats: html,pptx (default: both)
  --theme NAME        Theme to use, overriding the front matter's \`theme\`
  --debug             Print the stack of an internal error
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 success (warnings allowed), 1 content errors, 2 usage errors, 3 internal error.
Environment: SOURCE_DATE_EPOCH dates the PPTX when the deck has no \`date\`.`
