// Messages of the charts area (both languages side by side).
export const zh = {} satisfies Record<string, string>;

export const en: Record<keyof typeof zh, string> = {};
