#!/usr/bin/env node
// Starts the bundled CLI (npm run compile writes it) with V8's code cache: see src/cli/launch.ts.
import { fileURLToPath } from 'node:url'
import { launch } from '../dist-lib/cli/launch.js'

launch(fileURLToPath(new URL('../dist-lib/bundle/layar.cjs', import.meta.url)), process.argv.slice(2), process.env)
