import type { Node as PMNode, Schema } from '@tiptap/pm/model'
import { newId } from '../../helpers/newId'

/** An empty section of `kind`, holding one empty paragraph for the cursor. */
export function newSection(schema: Schema, kind: string, content?: PMNode): PMNode {
  return schema.nodes.section!.create({ id: newId(), kind }, content ?? schema.nodes.paragraph!.create())
}
