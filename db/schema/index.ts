export * from "./audit";
export * from "./core";
export * from "./routes";
