import type { EditKind } from '../scenario'
import { deleteBilag } from './deleteBilag'
import { deleteItem } from './deleteItem'
import { deleteRange } from './deleteRange'
import type { Edit } from './Edit'
import { insertBilag } from './insertBilag'
import { insertItem } from './insertItem'
import { insertSection } from './insertSection'
import { joinParagraphs } from './joinParagraphs'
import { moveItem } from './moveItem'
import { setStatus } from './setStatus'
import { splitParagraph } from './splitParagraph'
import { typeMarker } from './typeMarker'

export const edits: Record<EditKind, Edit> = {
  type: typeMarker,
  deleteRange,
  split: splitParagraph,
  join: joinParagraphs,
  insertItem,
  deleteItem,
  moveItem,
  insertBilag,
  deleteBilag,
  setStatus,
  insertSection,
}
