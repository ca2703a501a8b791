/**
 * Whose bookings a booker sees and may cancel (U9): a person their own; a unit handler every
 * booking of the unit it acts for, whichever of the unit's handlers made it, and never
 * another unit's. A handler not bound to a unit sees only its own unit-less bookings.
 */
import type { Prisma } from "@/lib/db";
import type { Booker } from "./book-appointment";

export function bookingsVisibleTo(booker: Booker): Prisma.AppointmentWhereInput {
  // A caller that does not say which unit it acts for (unitId undefined) gets its own bookings.
  if (booker.role !== "UNIT" || booker.unitId === undefined) return { userId: booker.id };
  return booker.unitId != null ? { unitId: booker.unitId } : { userId: booker.id, unitId: null };
}
