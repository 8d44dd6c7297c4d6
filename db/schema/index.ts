export * from "./audit";
export * from "./core";
export * from "./programmes";
export * from "./routes";
