#!/usr/bin/env node
// The compiled CLI (npm run compile writes dist-lib/).
import '../dist-lib/cli/run.js'
