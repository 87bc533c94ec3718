export { buildDeck, outputFormats, type OutputFormat, type BuildDeckOptions, type BuildDeckResult, type DeckOutputs, type StageTimings } from './build-deck.js'
export { runBuild, type BuildHost, type RunBuildOptions, type RunBuildResult } from './run-build.js'
export { documentDate } from './document-date.js'
