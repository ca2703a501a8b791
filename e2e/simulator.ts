/** X6: where the e2e suite's middle-platform simulator listens (playwright.config.ts starts it beside the server). */
export const SIMULATOR_PORT = Number(process.env.E2E_SIMULATOR_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 10);
export const SIMULATOR_URL = `http://127.0.0.1:${SIMULATOR_PORT}`;
