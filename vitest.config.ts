import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tiers: tests/unit (fast, what `npm test` runs), tests/regression (fixture pages, suites, the CLI,
    // hang guards); end-to-end tests in real browsers run under node's test runner (npm run test:e2e).
    include: ['tests/unit/**/*.test.ts', 'tests/regression/**/*.test.ts'],
    environment: 'node',
    // The general-English term list (public/terms/), installed as every Node entry point does.
    setupFiles: ['src/cli/install-background-terms.ts'],
    testTimeout: 20_000,
  },
});
