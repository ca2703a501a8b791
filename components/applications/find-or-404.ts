import { notFound } from "next/navigation";
import type { UserActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { findApplication } from "@/lib/applications/queries";

/** For pages: another user's application is the 404 page, like one that does not exist (U9). */
export async function findApplicationOr404(actor: UserActor, id: string) {
  try {
    return await findApplication(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
