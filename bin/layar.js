#!/usr/bin/env node
// Starts the bundled CLI (npm run compile writes it) with V8's code cache: see src/cli/launch.ts.
// CommonJS (bin/package.json), as is the launcher it requires: an ES module entry costs Node's ESM loader at every start.
'use strict'
const { join } = require('node:path')

require('../dist-lib/bundle/launch.cjs').launch(join(__dirname, '../dist-lib/bundle/layar.cjs'), process.argv.slice(2), process.env)
