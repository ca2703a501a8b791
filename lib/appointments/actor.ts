import type { Role } from "@/lib/auth/roles";

/** Who performs an appointment operation: the signed-in user, with the IP for the trace. */
export interface Actor {
  id: string;
  role: Role;
  ip?: string;
}
