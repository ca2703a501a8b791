export function testDatabaseUrl(suite: string, baseUrl?: string): string;
export function resetTestDatabase(suite: string, baseUrl?: string): Promise<string>;
export function ensureTestDatabase(suite: string, baseUrl?: string): Promise<string>;
