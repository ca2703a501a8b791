import type { UserActor } from "@/lib/auth/actor";
import { findApplication } from "@/lib/applications/queries";
import { orNotFound } from "@/components/or-not-found";

/** For pages: another user's application is the 404 page, like one that does not exist (U9). */
export function findApplicationOr404(actor: UserActor, id: string) {
  return orNotFound(findApplication(actor, id));
}
