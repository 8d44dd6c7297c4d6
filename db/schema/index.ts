export * from "./api";
export * from "./audit";
export * from "./core";
export * from "./evidence";
export * from "./learning";
export * from "./notifications";
export * from "./programmes";
export * from "./routes";
