export * from "./audit";
export * from "./core";
export * from "./evidence";
export * from "./programmes";
export * from "./routes";
