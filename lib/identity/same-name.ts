import { normalizeInput } from "./id-number";

/**
 * The real-name check's comparison (U2, U3), for registration and binding alike: names compare
 * after normalising full-width characters and dropping spaces and middle dots, so "张 三" is
 * "张三" and "阿依·木拉提" is "阿依木拉提".
 */
export function sameName(a: string, b: string): boolean {
  const clean = (s: string) => normalizeInput(s).replace(/[\s·•]/g, "");
  return clean(a) === clean(b);
}
