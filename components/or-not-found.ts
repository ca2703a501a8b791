import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";

/** A domain read for a page: the caller's "not found" (not theirs, or not there) is the 404 page. */
export function orNotFound<T>(read: Promise<T>): Promise<T> {
  return read.catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}
