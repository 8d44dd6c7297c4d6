export function checkPortFree(port: string, host?: string): Promise<void>;
export function prepareDataFolder(file: string): void;
