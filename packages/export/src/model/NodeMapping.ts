import type { Mark, Node as PMNode } from '@tiptap/pm/model'
import type { BlockNodeName, InlineNodeName, MarkName } from './nodeNames'

/**
 * What one exporter does with each node and mark of the minutes. Mapped over every name, so a
 * node added to nodeNames.ts fails the build until the exporter handles it.
 */
export interface NodeMapping<Block, Inline, Style, Context> {
  blocks: { [K in BlockNodeName]: (node: PMNode, context: Context) => Block[] }
  inline: { [K in InlineNodeName]: (node: PMNode, style: Style, context: Context) => Inline[] }
  marks: { [K in MarkName]: (mark: Mark, style: Style) => Style }
}
