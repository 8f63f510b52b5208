import type { Transaction } from '@tiptap/pm/state'
import { Mapping } from '@tiptap/pm/transform'
import * as Y from 'yjs'
import type { Client } from './createClient'
import { idKey, yTypeSpans, type Span, type TypeSpan } from './yTypeSpans'

/** Shared elements and texts that one local Yjs transaction of a client deleted. */
export interface ContainerDeletion {
  client: number
  /** The edit kind, `normalize`, `receive` (binding work while applying a remote update) or `idle`. */
  activity: string
  label: string
  /** The normalizer appended a change to the edit. */
  normalizerAppended: boolean
  /** What the client had seen when it deleted them. */
  stateVector: Map<number, number>
  /** What the client had seen deleted (including now) when it deleted them. */
  seenDeleted: Y.Transaction['deleteSet']
  /**
   * Deleted types by id. True when the editor's own change removed the node or joined it with a
   * neighbour (deleted one of its boundaries; for a text: deleted some of it or right next to it);
   * false when the binding deleted (rebuilt) a node the change did not reach.
   */
  touched: Map<string, boolean>
  /** Which of them were Y.XmlTexts. */
  texts: Set<string>
}

/** Items (any, text included) that one local Yjs transaction of a client deleted: for diagnosis. */
export interface ItemDeletion {
  client: number
  activity: string
  label: string
  deleteSet: Y.Transaction['deleteSet']
  /** What the client had seen when it deleted them. */
  stateVector: Map<number, number>
  /** What the client had seen deleted (including now) when it deleted them. */
  seenDeleted: Y.Transaction['deleteSet']
}

interface PendingDeletion {
  spans: Map<string, TypeSpan | undefined>
  texts: Set<string>
  stateVector: Map<number, number>
  seenDeleted: Y.Transaction['deleteSet']
  ranges: Span[]
  normalizerAppended: boolean
}

/**
 * Follows one client: which shared types each of its local transactions deleted, under which
 * activity, and whether the editor's own change reached those nodes.
 */
export class ClientTracker {
  readonly deletions: ContainerDeletion[] = []
  readonly itemDeletions: ItemDeletion[] = []
  /** Counts this client's own Yjs transactions (the binding writes some while receiving). */
  localTransactions = 0
  private spans: Map<string, TypeSpan>
  private pending: PendingDeletion[] = []
  private activity = 'idle'
  private label = ''

  constructor(readonly client: Client) {
    this.spans = yTypeSpans(client.doc.getXmlFragment('default'), client.editor.state.doc)
    client.doc.on('afterTransaction', (transaction: Y.Transaction) => this.onYTransaction(transaction))
    client.editor.on('transaction', ({ transaction, appendedTransactions }) =>
      this.onEditorTransaction([transaction, ...appendedTransactions]),
    )
  }

  run<T>(activity: string, label: string, action: () => T): T {
    const previous = [this.activity, this.label] as const
    ;[this.activity, this.label] = [activity, label]
    try {
      return action()
    } finally {
      this.settle()
      ;[this.activity, this.label] = previous
    }
  }

  private onYTransaction(transaction: Y.Transaction): void {
    if (transaction.local) this.localTransactions += 1
    if (!transaction.local || transaction.deleteSet.clients.size === 0) return
    const stateVector = Y.decodeStateVector(Y.encodeStateVector(this.client.doc))
    const seenDeleted = Y.createDeleteSetFromStructStore(this.client.doc.store)
    const { activity, label } = this
    this.itemDeletions.push({
      client: this.client.index,
      activity,
      label,
      deleteSet: transaction.deleteSet,
      stateVector,
      seenDeleted,
    })
    const spans = new Map<string, TypeSpan | undefined>()
    const texts = new Set<string>()
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentType)) return
      const key = idKey(struct.id)
      spans.set(key, this.spans.get(key))
      if (struct.content.type instanceof Y.XmlText) texts.add(key)
    })
    if (spans.size === 0) return
    this.pending.push({ spans, texts, stateVector, seenDeleted, ranges: [], normalizerAppended: false })
  }

  private onEditorTransaction(transactions: Transaction[]): void {
    const maps = transactions.flatMap((transaction) => transaction.mapping.maps)
    const ranges: Span[] = []
    maps.forEach((map, index) => {
      const back = new Mapping(maps.slice(0, index)).invert()
      map.forEach((oldStart, oldEnd) => ranges.push([back.map(oldStart, -1), back.map(oldEnd, 1)]))
    })
    const normalizerAppended = transactions.slice(1).some((transaction) => transaction.docChanged)
    for (const pending of this.pending) {
      if (pending.ranges.length === 0) Object.assign(pending, { ranges, normalizerAppended })
    }
    this.spans = yTypeSpans(this.client.doc.getXmlFragment('default'), this.client.editor.state.doc)
    if (this.activity === 'idle') this.settle()
  }

  private settle(): void {
    for (const { spans, texts, stateVector, seenDeleted, ranges, normalizerAppended } of this.pending) {
      const touched = new Map<string, boolean>()
      for (const [key, span] of spans)
        touched.set(key, Boolean(span) && ranges.some((range) => reaches(range, span!)))
      this.deletions.push({
        client: this.client.index,
        activity: this.activity,
        label: this.label,
        normalizerAppended,
        stateVector,
        seenDeleted,
        touched,
        texts,
      })
    }
    this.pending = []
  }
}

/**
 * A deletion `range` removes the node or one of its boundaries; for a text (which has no
 * boundaries of its own), the range overlaps or borders it.
 */
function reaches([start, end]: Span, { from, to, text }: TypeSpan): boolean {
  if (end <= start) return false
  if (text) return start <= to && end >= from
  return (start < from + 1 && end > from) || (start < to && end > to - 1)
}
