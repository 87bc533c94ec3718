#!/usr/bin/env node
// The bundled CLI (npm run compile writes dist-lib/bundle/: one file loads much faster than the compiled modules).
import '../dist-lib/bundle/layar.js'
