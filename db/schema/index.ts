export * from "./audit";
export * from "./core";
export * from "./evidence";
export * from "./learning";
export * from "./programmes";
export * from "./routes";
export * from "./api";
export * from "./notifications";
