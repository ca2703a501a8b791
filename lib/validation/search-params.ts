/**
 * A page's query string, read one way. Next.js hands a page `searchParams` whose values are a
 * string, an array (the key repeated) or undefined; pages read them only through these helpers,
 * which treat a repeated key like a missing one rather than guessing which value was meant.
 */

/** A page's `searchParams`, awaited. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The parameter's value when it is given once; missing or repeated reads as undefined. */
export function singleParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return typeof value === "string" ? value : undefined;
}

/** A free-text filter, trimmed; "" when absent. */
export function textParam(params: SearchParams, name: string): string {
  return singleParam(params, name)?.trim() ?? "";
}

/** The parameter when it is one of `choices` (a select or tab), else undefined. */
export function choiceParam<T extends string>(params: SearchParams, name: string, choices: readonly T[]): T | undefined {
  const value = singleParam(params, name);
  return choices.find((choice) => choice === value);
}

/** The page number of a paged list; anything unreadable is page 1 (the query clamps the rest). */
export function pageParam(params: SearchParams): number {
  return Number(singleParam(params, "page") ?? 1) || 1;
}

/** The address of another page of a list: the page's other parameters (its filters) are kept. */
export function pageHref(basePath: string, params: SearchParams, page: number): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (name === "page") continue;
    for (const v of [value ?? []].flat()) if (v) query.append(name, v);
  }
  query.set("page", String(page));
  return `${basePath}?${query.toString()}`;
}
