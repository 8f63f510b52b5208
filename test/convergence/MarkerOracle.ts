import * as Y from 'yjs'
import type { ContainerDeletion, ItemDeletion } from './ClientTracker'
import type { MarkerInstance } from './markerInstances'

/** A marker some client typed (or the seed held), and every copy of it the binding ever made. */
export interface TrackedMarker {
  marker: string
  /** Who typed it: `client 2 round 3 edit 1`, or `seed`. */
  typedBy: string
  /** With who made each copy, and what one must have seen to have seen the copy. */
  instances: (MarkerInstance & { createdBy: string; createdAt: CreatedAt })[]
}

/**
 * The copy's creator (Yjs client id) and its clock right after making it, and one item each of its
 * deletions then: a deletion moves no clock, and the binding's text diff can make a copy by deleting
 * only (keeping equal characters elsewhere).
 */
export interface CreatedAt {
  client: number
  clock: number
  deleted: Y.ID[]
}

/** What a deleting client had seen. */
interface Seen {
  stateVector: Map<number, number>
  seenDeleted: ItemDeletion['deleteSet']
}

/** Markers a client removed on purpose: inside a range it deleted or moved, in its own view. */
export interface IntendedRemoval {
  client: number
  label: string
  how: 'deleted' | 'moved'
  markers: string[]
}

export interface MarkerVerdict {
  /** Missing markers nothing explains. */
  problems: string[]
  /** How each missing marker was explained, counted by reason. */
  explained: Map<string, number>
}

/**
 * The oracle. A marker may be missing at the end only when
 * 1. some client deleted or moved a range that held it, in that client's own view; or
 * 2. (tree semantics; off in strict mode) every copy of it in the shared tree is accounted for:
 *    a client that had not yet seen that copy deleted the node holding it (or one of its characters,
 *    which the binding's text diff may share with older text) with one of its own edits or normalizer
 *    passes, or the binding merged its Y.Text away while receiving; or a client that had seen it
 *    replaced the node and kept the marker in a new copy. See the README.
 */
export class MarkerOracle {
  readonly markers = new Map<string, TrackedMarker>()
  readonly removals: IntendedRemoval[] = []

  typed(marker: string, typedBy: string): void {
    if (!this.markers.has(marker)) this.markers.set(marker, { marker, typedBy, instances: [] })
  }

  /** Records copies (new characters or a new place) a client sees: call after everything a client does. */
  observe(instances: MarkerInstance[], createdBy: string, createdAt: CreatedAt): void {
    for (const instance of instances) {
      const tracked = this.markers.get(instance.marker)
      if (!tracked || tracked.instances.some((known) => sameChars(known, instance))) continue
      tracked.instances.push({ ...instance, createdBy, createdAt })
    }
  }

  removed(removal: IntendedRemoval): void {
    if (removal.markers.length > 0) this.removals.push(removal)
  }

  verdict(
    present: ReadonlySet<string>,
    deletions: readonly ContainerDeletion[],
    itemDeletions: readonly ItemDeletion[],
    strict = false,
  ): MarkerVerdict {
    const problems: string[] = []
    const explained = new Map<string, number>()
    const count = (reason: string) => explained.set(reason, (explained.get(reason) ?? 0) + 1)
    for (const tracked of this.markers.values()) {
      if (present.has(tracked.marker)) continue
      const removal = this.removals.find((r) => r.markers.includes(tracked.marker))
      if (removal) {
        count(`${removal.how} in view`)
        continue
      }
      const accounts = tracked.instances.map((instance) =>
        account(instance, tracked, deletions, itemDeletions, strict),
      )
      const concurrent = accounts.find((a) => a.startsWith('concurrent'))
      if (
        !strict &&
        concurrent &&
        accounts.every((a) => a.startsWith('concurrent') || a.startsWith('replaced'))
      ) {
        count(concurrent)
        continue
      }
      problems.push(
        `marker ${tracked.marker} (typed by ${tracked.typedBy}) is missing; its copies: ` +
          (tracked.instances
            .map((instance, i) => `[${instance.chain.join('<')} by ${instance.createdBy}: ${accounts[i]}]`)
            .join(' ') || 'none seen') +
          textDeleters(tracked, itemDeletions),
      )
    }
    return { problems, explained }
  }
}

function account(
  instance: TrackedMarker['instances'][number],
  tracked: TrackedMarker,
  deletions: readonly ContainerDeletion[],
  itemDeletions: readonly ItemDeletion[],
  strict: boolean,
): string {
  const hits = deletions.filter((d) => instance.chain.some((id) => d.touched.has(id)))
  const { client: creator, clock: created, deleted } = instance.createdAt
  const unseen = (d: Seen) =>
    (d.stateVector.get(creator) ?? 0) < created || deleted.some((id) => !Y.isDeleted(d.seenDeleted, id))
  const reached = (d: ContainerDeletion) => instance.chain.some((id) => d.touched.get(id))
  const concurrent = hits.find((d) => !strict && unseen(d) && (isEdit(d) || mergedText(d, instance)))
  if (concurrent) {
    if (!isEdit(concurrent))
      return 'concurrent: its text merged into the one before by the binding while receiving'
    const how = reached(concurrent) ? 'removed' : 'rebuilt (the edit did not reach it)'
    return `concurrent: its node ${how} by ${concurrent.activity}${concurrent.normalizerAppended ? '+normalizer' : ''}`
  }
  const broken = itemDeletions.find(
    (d) =>
      !strict &&
      isEdit(d) &&
      unseen(d) &&
      instance.chars.some(([c, k]) => Y.isDeleted(d.deleteSet, Y.createID(c, k))),
  )
  if (broken) return `concurrent: a character it shares with older text deleted by ${broken.activity}`
  const copiedBy = (d: { client: number; label: string }) =>
    tracked.instances.some(
      (other) => other !== instance && other.createdBy === `client ${d.client} ${d.label}`,
    )
  const replaced = [...hits, ...itemDeletions.filter((d) => deletes(d, instance))].find(copiedBy)
  if (replaced) return `replaced by client ${replaced.client} ${replaced.label}, which kept a copy`
  if (!hits.length) return 'its node was not deleted'
  return hits
    .map(
      (d) =>
        `node deleted by client ${d.client} ${d.label} (${d.activity}${d.normalizerAppended ? '+normalizer' : ''}, ` +
        `${unseen(d) ? 'had not seen it' : 'had seen it'}, ${reached(d) ? 'edit reached the node' : 'edit did not reach the node'})`,
    )
    .join('; ')
}

/** The same characters: the binding's text diff may rewrite a marker in place with new ones. */
function sameChars(a: MarkerInstance, b: MarkerInstance): boolean {
  return (
    a.chars.length === b.chars.length &&
    a.chars.every(([client, clock], i) => b.chars[i]![0] === client && b.chars[i]![1] === clock)
  )
}

function isEdit(d: { activity: string }): boolean {
  return d.activity !== 'receive' && d.activity !== 'idle'
}

/**
 * While rendering, the binding moves a Y.Text it created into the Y.Text before it and deletes it
 * (y-prosemirror #160): a copy, so concurrent typing in the deleted one is lost like in a join. Only
 * the text itself may be gone; an element deleted while receiving is the binding dropping content.
 */
function mergedText(d: ContainerDeletion, instance: MarkerInstance): boolean {
  const [text, ...elements] = instance.chain
  return text !== undefined && d.texts.has(text) && !elements.some((id) => d.touched.has(id))
}

/** The deletion removed some of the instance's characters or one of the nodes around it. */
function deletes({ deleteSet }: ItemDeletion, instance: MarkerInstance): boolean {
  return (
    instance.chars.some(([client, clock]) => Y.isDeleted(deleteSet, Y.createID(client, clock))) ||
    instance.chain.some((key) => {
      const [client, clock] = key.split(':').map(Number)
      return Y.isDeleted(deleteSet, Y.createID(client!, clock!))
    })
  )
}

function textDeleters(tracked: TrackedMarker, itemDeletions: readonly ItemDeletion[]): string {
  const deleters = itemDeletions.filter((d) => tracked.instances.some((instance) => deletes(d, instance)))
  return deleters.length
    ? `; its characters or nodes were deleted by ${deleters.map((d) => `client ${d.client} ${d.label} (${d.activity})`).join(', ')}`
    : ''
}
