export function sourceHash(root?: string): string;
export const SOURCE_HASH_FILE: string;
