export function checkPortFree(port: string): Promise<void>;
export function prepareDataFolder(file: string): void;
