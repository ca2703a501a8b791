export * from "./id-number";
export * from "./same-name";
export * from "./credit-code";
export * from "./mobile";
export * from "./rng";
export * from "./generate";
