// Runs in every test worker before the test files: nothing to do yet beyond the env from
// vitest.config.ts; kept so per-worker hooks have one home.
export {};
