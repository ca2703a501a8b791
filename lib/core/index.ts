import { db } from "@/lib/db";
import { BuiltInCoreSystem } from "./built-in";
import type { CoreSystem } from "./core-system";

export * from "./core-system";

let instance: CoreSystem = new BuiltInCoreSystem(db);

/** The core system the portal talks to. */
export function coreSystem(): CoreSystem {
  return instance;
}

/** For a deployment that connects a real core system (set once at start-up). */
export function setCoreSystem(custom: CoreSystem): void {
  instance = custom;
}
