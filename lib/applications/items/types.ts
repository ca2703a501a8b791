/**
 * An application item as data (P1): one definition drives the form, the server validation,
 * the summary page, the 即办 rule checks (P3) and the core write on completion (P7).
 * Safe for client components: no database, no Next.js.
 */
import type { z } from "zod";
import type { CoreSystem, NewEmployee } from "@/lib/core/core-system";

export interface FieldDefinition {
  name: string;
  label: string;
  type: "text" | "textarea" | "select" | "date" | "month";
  hint?: string;
  required?: boolean;
  options?: readonly { value: string; label: string }[];
}

export interface MaterialDefinition {
  name: string;
  required: boolean;
  hint?: string;
}

/** What one completed application writes to the core system, delivered through the outbox (B3). */
export type CoreWrite =
  | { kind: "UPDATE_PERSON_CONTACT"; personId: number; mobile?: string; address?: string }
  | { kind: "UPDATE_UNIT_CONTACT"; unitId: number; address?: string; legalRepName?: string; legalRepPhone?: string }
  | { kind: "REGISTER_EMPLOYEE"; unitId: number; employee: NewEmployee }
  | { kind: "REGISTER_FLEXIBLE_EMPLOYMENT"; personId: number; startMonth: number }
  | { kind: "APPLY_PENSION_TRANSFER"; personId: number; fromRegion: string; toRegion: string; appliedOn: string }
  | { kind: "CERTIFY_QUALIFICATION"; personId: number; year: number; certifiedOn: string; method: "ONLINE" | "WINDOW" };

/** Who the application is about, as the core system knows them. */
export interface ApplicationSubject {
  personId: number | null;
  unitId: number | null;
  /** the day of the decision, YYYY-MM-DD (Asia/Shanghai) */
  today: string;
}

export interface ItemDefinition<S extends z.ZodType<Record<string, unknown>> = z.ZodType<Record<string, unknown>>> {
  code: string;
  fields: readonly FieldDefinition[];
  schema: S;
  materials: readonly MaterialDefinition[];
  /** 风险提示 shown on the summary before the confirmation (LD/T 01 §5.3.2) */
  riskWarnings: readonly string[];
  /** 即办 rule checks against core data: the reason of a refusal, or null when the rules pass (P3). */
  check?(values: z.output<S>, subject: ApplicationSubject, core: CoreSystem): Promise<string | null>;
  /** The core write of a completed application, or null when the item changes no core data. */
  coreWrite?(values: z.output<S>, subject: ApplicationSubject): CoreWrite | null;
}

export function defineItem<S extends z.ZodType<Record<string, unknown>>>(item: ItemDefinition<S>): ItemDefinition {
  return item as unknown as ItemDefinition;
}
