/** Session lifetime rules (accounts issue): 30 minutes idle, 12 hours at most. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reading a page is not a write each time. */
export const SESSION_TOUCH_MS = 60 * 1000;

export interface SessionRecord {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export function isSessionLive(s: SessionRecord, now: Date): boolean {
  return !s.revokedAt && s.expiresAt > now && now.getTime() - s.lastSeenAt.getTime() < SESSION_IDLE_MS;
}
