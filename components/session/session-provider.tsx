"use client";

import { createContext, useContext, useEffect, useState } from "react";
import type { SessionView } from "@/lib/auth/session-view";

export type SessionState = { status: "loading" } | { status: "ready"; user: SessionView | null };

const SessionContext = createContext<SessionState>({ status: "loading" });

/**
 * The signed-in state for client components. A page rendered per request hands it in (`initial`);
 * a page from the page cache was rendered for nobody (`initial` "unknown") and asks
 * GET /api/session once.
 */
export function SessionProvider({ initial, children }: { initial: SessionView | null | "unknown"; children: React.ReactNode }) {
  const [fetched, setFetched] = useState<SessionState>({ status: "loading" });
  useEffect(() => {
    if (initial !== "unknown") return;
    let live = true;
    fetch("/api/session", { cache: "no-store", credentials: "same-origin" })
      .then((res) => (res.ok ? (res.json() as Promise<{ user: SessionView | null }>) : { user: null }))
      .catch(() => ({ user: null }))
      .then((body) => live && setFetched({ status: "ready", user: body.user }));
    return () => {
      live = false;
    };
  }, [initial]);
  const state: SessionState = initial === "unknown" ? fetched : { status: "ready", user: initial };
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export const useSession = () => useContext(SessionContext);

/** The signed-in user once known; null while loading or when nobody is signed in. */
export function useSessionUser(): SessionView | null {
  const state = useSession();
  return state.status === "ready" ? state.user : null;
}
