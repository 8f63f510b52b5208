/** Whether `Mod` means Cmd (as in ProseMirror's keymap). */
export const isMac = typeof navigator !== 'undefined' && /Mac|iP(hone|[oa]d)/.test(navigator.platform)
