export function buildThemeScript(root: string, options: { write: boolean; outDir?: string }): Promise<string>;
