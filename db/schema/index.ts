export * from "./audit";
export * from "./core";
