/** Every item that can be applied for online, by catalogue code. */
import type { ItemDefinition } from "./types";
import { employeeRegistration } from "./employee-registration";
import { flexibleEmploymentRegistration } from "./flexible-employment-registration";
import { pensionTransfer } from "./pension-transfer";
import { personalInfoChange } from "./personal-info-change";
import { qualificationCertification } from "./qualification-certification";
import { retirementApplication } from "./retirement";
import { unitInfoChange } from "./unit-info-change";

export type { CoreWrite, FieldDefinition, ItemDefinition, MaterialDefinition } from "./types";

const ITEMS: readonly ItemDefinition[] = [
  personalInfoChange,
  employeeRegistration,
  unitInfoChange,
  flexibleEmploymentRegistration,
  pensionTransfer,
  qualificationCertification,
  retirementApplication,
];

const BY_CODE = new Map(ITEMS.map((item) => [item.code, item]));

export const ONLINE_ITEM_CODES: readonly string[] = ITEMS.map((i) => i.code);

export function itemDefinition(code: string): ItemDefinition | undefined {
  return BY_CODE.get(code);
}
