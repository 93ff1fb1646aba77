export function chooseEntry(root: string, env?: Record<string, string | undefined>): 'build' | 'source';
