import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A browser under load can take seconds to show what the engine already has; polls wait for it.
    expect: { poll: { timeout: 15_000 } },
  },
});
