/**
 * Font subsetting with HarfBuzz's hb-subset (the wasm build in the `harfbuzzjs` package): the
 * subsetter of fontkit drops many Noto Sans SC glyphs, hb-subset is the one browsers and
 * Google Fonts rely on. The wasm module is instantiated and the full font copied into its
 * memory once per process; each subset then costs a few milliseconds.
 */
import fs from "node:fs";
import path from "node:path";

interface HarfBuzz {
  memory: WebAssembly.Memory;
  _initialize(): void;
  malloc(size: number): number;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_blob_destroy(blob: number): void;
  hb_blob_get_data(blob: number, length: number): number;
  hb_blob_get_length(blob: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(face: number): void;
  hb_face_reference_blob(face: number): number;
  hb_set_add(set: number, value: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(input: number): void;
  hb_subset_input_unicode_set(input: number): number;
  hb_subset_input_set(input: number, which: number): number;
  hb_subset_input_get_flags(input: number): number;
  hb_subset_input_set_flags(input: number, flags: number): void;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
/** The PDF places glyphs itself: no shaping tables are needed. */
const DROPPED_TABLES = ["GSUB", "GPOS", "GDEF", "DSIG", "vhea", "vmtx", "VORG"];

const tag = (s: string) => [...s].reduce((a, ch) => ((a << 8) | ch.charCodeAt(0)) >>> 0, 0);

export const HARFBUZZ_WASM = path.join("node_modules", "harfbuzzjs", "dist", "harfbuzz-subset.wasm");

const faces = new Map<Uint8Array, Promise<{ hb: HarfBuzz; face: number }>>();

async function loadFace(font: Uint8Array) {
  const wasm = fs.readFileSync(path.join(process.cwd(), HARFBUZZ_WASM));
  const { instance } = await WebAssembly.instantiate(wasm);
  const hb = instance.exports as unknown as HarfBuzz;
  hb._initialize();
  const pointer = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, pointer);
  const blob = hb.hb_blob_create(pointer, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  return { hb, face };
}

/** A TrueType font holding the glyphs of `text` only (plus .notdef), hinting and layout tables dropped. */
export async function subsetFont(font: Uint8Array, text: string): Promise<Uint8Array> {
  let loading = faces.get(font);
  if (!loading) faces.set(font, (loading = loadFace(font)));
  const { hb, face } = await loading;
  const input = hb.hb_subset_input_create_or_fail();
  if (!input) throw new Error("hb_subset_input_create_or_fail failed");
  let subset = 0;
  try {
    const unicodes = hb.hb_subset_input_unicode_set(input);
    for (const ch of new Set(text)) hb.hb_set_add(unicodes, ch.codePointAt(0)!);
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const t of DROPPED_TABLES) hb.hb_set_add(drop, tag(t));
    hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING);
    subset = hb.hb_subset_or_fail(face, input);
    if (!subset) throw new Error("hb_subset_or_fail failed");
  } finally {
    hb.hb_subset_input_destroy(input);
  }
  const blob = hb.hb_face_reference_blob(subset);
  try {
    const offset = hb.hb_blob_get_data(blob, 0);
    const length = hb.hb_blob_get_length(blob);
    if (!length) throw new Error("hb-subset produced an empty font");
    return new Uint8Array(hb.memory.buffer, offset, length).slice();
  } finally {
    hb.hb_blob_destroy(blob);
    hb.hb_face_destroy(subset);
  }
}
