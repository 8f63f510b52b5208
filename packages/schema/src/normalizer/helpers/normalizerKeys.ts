import { PluginKey } from '@tiptap/pm/state'

/** Marks the normalizer's own transactions (so it never answers itself). */
export const minutesNormalizerKey = new PluginKey('minutesNormalizer')

/**
 * Marks the transactions the structure guard dispatches in place of structure-breaking ones. A
 * command that means to remove a title, required section or header whole may set it to pass the guard.
 */
export const structureGuardKey = new PluginKey('minutesStructureGuard')
