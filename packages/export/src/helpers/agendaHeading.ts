import type { Node as PMNode } from '@tiptap/pm/model'
import type { MinutesView } from '../model/MinutesView'
import { titleOf } from './titleOf'

/** The literal heading of a group or item: `2.3. Aftale om Grønt Danmark`. */
export function agendaHeading(view: MinutesView, node: PMNode): string {
  const number = view.numbers.get(node)
  const title = titleOf(node)
  return number ? `${number}. ${title}`.trim() : title
}
