import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and LibreOffice tests start real programs; give them room.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Goldens are never written by a test run: a missing or different golden
    // fails. `npm run update-goldens` (vitest -u) rewrites them on purpose.
    update: 'none',
  },
})
