/**
 * What a booking reads that only ADMIN changes, cached per process (issue 13): published service
 * items, and published centres with their windows. The working-day calendar is cached the same
 * way in lib/calendar/working-day-store.ts.
 *
 * Staleness: an edit made through the admin functions (catalogue/update-service-item.ts,
 * appointments/centre-admin.ts) clears these caches on the instance that made it, at once; any
 * other instance sees it after at most BOOKING_CATALOGUE_TTL_MS (10 s). In that window another
 * instance may still offer an item or centre just unpublished, or size a slot created in it by
 * the old windows (the capacity refresh of the edit applies to slots that existed). The booking
 * transaction stays the guarantee for what matters under load: a seat is taken only below the
 * slot row's capacity, and one active booking per person, item and day (unique activeKey).
 */
import { db } from "@/lib/db";
import { TtlCache } from "@/lib/cache/ttl-cache";
import { invalidateWorkingDayCalendars } from "@/lib/calendar/working-day-store";

export const BOOKING_CATALOGUE_TTL_MS = 10_000;

const loadItem = (itemId: number) => db.serviceItem.findFirst({ where: { id: itemId, published: true } });
const loadCentre = (centreId: number) => db.serviceCentre.findFirst({ where: { id: centreId, published: true }, include: { windows: true } });

const items = new TtlCache<number, Awaited<ReturnType<typeof loadItem>>>(BOOKING_CATALOGUE_TTL_MS);
const centres = new TtlCache<number, Awaited<ReturnType<typeof loadCentre>>>(BOOKING_CATALOGUE_TTL_MS);

/** The published item, or null (unknown or unpublished). */
export function cachedBookableItem(itemId: number) {
  return items.get(itemId, () => loadItem(itemId));
}

/** The published centre with its windows, or null. */
export function cachedBookingCentre(centreId: number) {
  return centres.get(centreId, () => loadCentre(centreId));
}

/** After an edit of items, centres, windows or calendars on this instance. */
export function invalidateBookingCatalogue(): void {
  items.clear();
  centres.clear();
  invalidateWorkingDayCalendars();
}
