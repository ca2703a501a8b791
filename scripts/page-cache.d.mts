import type { IncomingMessage, ServerResponse } from "node:http";

export const RENDER_NONCE_HEADER: string;
export const RENDER_NONCE_ENV: string;
export const CACHE_STATUS_HEADER: string;
export const CACHE_TTL_MS: number;
export const PUBLIC_PAGES: { path: RegExp; query: Record<string, RegExp> }[];

export function cacheKey(req: IncomingMessage): string | null;

export interface FilledPage {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface PageCache {
  readonly placeholder: string;
  serve(req: IncomingMessage, res: ServerResponse): Promise<void>;
  invalidate(): void;
  readonly size: number;
}

export function createPageCache(options: {
  port: number;
  handle: (req: IncomingMessage, res: ServerResponse) => unknown;
  ttlMs?: number;
  now?: () => number;
  fill?: (path: string, mode: string) => Promise<FilledPage>;
}): PageCache;

export function isOwnFillRequest(req: IncomingMessage, placeholder: string): boolean;
