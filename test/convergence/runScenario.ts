import { defaultMinutesConfig } from '@referat/schema'
import type { Editor } from '@tiptap/core'
import { AllSelection } from '@tiptap/pm/state'
import * as Y from 'yjs'
import { checkConverged } from './checkConverged'
import { ClientTracker } from './ClientTracker'
import { createClient, type Client } from './createClient'
import { findMarkers } from './findMarkers'
import { localProblems } from './localProblems'
import { markerInstances } from './markerInstances'
import { MarkerOracle } from './MarkerOracle'
import { edits } from './operations/edits'
import type { NetworkStep, Scenario } from './scenario'
import { seedDocument } from './seedDocument'
import { seedMinute } from './seedMinute'
import { SimulatedNetwork } from './SimulatedNetwork'

export interface ScenarioResult {
  rounds: number
  problems: string[]
  /** What happened, one line per edit and network event. */
  log: string[]
  /** Missing markers the oracle explained, by reason. */
  explained: Map<string, number>
  /** Times a sync step had to repair a client stalled on pending updates (see SimulatedNetwork). */
  stalledRepairs: number
}

/** Normalizer passes after the final sync before the document must be stable. */
const NORMALIZER_PASSES = 4

/**
 * Plays a scenario: clients start from the seeded meeting, edit through their editors while the
 * network delivers, delays and partitions; then everything is delivered, every client runs the
 * normalizer (and the results are exchanged) until nothing changes, and the oracle judges.
 * `strict` drops the tree-semantics excuse of the oracle (see README).
 */
export function runScenario(
  scenario: Scenario,
  { strict = false, config = defaultMinutesConfig, trace = '' } = {},
): ScenarioResult {
  const log: string[] = []
  const problems: string[] = []
  const seed = seedDocument(seedMinute(config))
  const seedState = Y.encodeStateAsUpdate(seed)
  const clients: Client[] = []
  let explained = new Map<string, number>()
  let stalledRepairs = 0
  try {
    for (let i = 0; i < scenario.clients; i++) clients.push(createClient(i, seedState))
    const trackers = clients.map((client) => new ClientTracker(client))
    const presence = () =>
      clients.map((c) => (findMarkers(c.editor.state.doc).has(trace) ? 'Y' : '-')).join('')
    const oracle = new MarkerOracle()
    const observe = (client: Client, label: string, deletionsBefore = 0) => {
      const deleted = trackers[client.index]!.itemDeletions.slice(deletionsBefore).map(({ deleteSet }) => {
        const [yClient, [first]] = [...deleteSet.clients][0]!
        return Y.createID(yClient, first!.clock)
      })
      const clock = Y.getState(client.doc.store, client.doc.clientID)
      const found = markerInstances(client.doc.getXmlFragment('default'), client.editor.state.doc)
      oracle.observe(found, `client ${client.index} ${label}`, {
        client: client.doc.clientID,
        clock,
        deleted,
      })
    }
    let receiveLabel = 'receive'
    const network = new SimulatedNetwork(clients, (to, apply) => {
      parkSelection(clients[to]!.editor)
      const tracker = trackers[to]!
      const [written, deletions] = [tracker.localTransactions, tracker.itemDeletions.length]
      tracker.run('receive', receiveLabel, apply)
      if (tracker.localTransactions !== written) observe(clients[to]!, receiveLabel, deletions)
      if (trace) log.push(`    ${trace} after client ${to} received an update: ${presence()}`)
    })
    for (const marker of findMarkers(clients[0]!.editor.state.doc).keys()) oracle.typed(marker, 'seed')
    observe(clients[0]!, 'seed')
    let markers = 0
    scenario.rounds.forEach((round, r) => {
      receiveLabel = `round ${r + 1} receive`
      round.edits.forEach((step, e) => {
        const client = clients[step.client % clients.length]!
        const { editor } = client
        const label = `round ${r + 1} edit ${e + 1}`
        const before = findMarkers(editor.state.doc)
        const deletions = trackers[client.index]!.itemDeletions.length
        const outcome = trackers[client.index]!.run(step.kind, label, () =>
          edits[step.kind]({ editor, step, nextMarker: () => `mk${++markers}x` }),
        )
        if (!outcome) return
        log.push(
          `${label}: client ${client.index} ${outcome.description}${trace ? `; ${trace}: ${presence()}` : ''}`,
        )
        oracle.removed({ client: client.index, label, how: 'deleted', markers: outcome.deleted ?? [] })
        oracle.removed({ client: client.index, label, how: 'moved', markers: outcome.moved ?? [] })
        for (const marker of outcome.typed ?? []) oracle.typed(marker, `client ${client.index} ${label}`)
        observe(client, label, deletions)
        for (const problem of localProblems(before, editor.state.doc, outcome)) {
          problems.push(`${label}: client ${client.index} ${outcome.description} and ${problem}`)
        }
      })
      playNetworkStep(network, round.network, clients.length, (line) => log.push(`round ${r + 1}: ${line}`))
      network.endRound()
    })
    receiveLabel = 'final receive'
    network.flush()
    log.push('final: every update delivered')
    for (let pass = 1; ; pass++) {
      const vectors = clients.map((client) => Y.encodeStateVector(client.doc).toString())
      clients.forEach((client) => {
        const deletions = trackers[client.index]!.itemDeletions.length
        trackers[client.index]!.run('normalize', `final pass ${pass}`, () =>
          client.editor.commands.normalizeMinutes(),
        )
        observe(client, `final pass ${pass}`, deletions)
      })
      network.flush()
      if (clients.every((client, i) => Y.encodeStateVector(client.doc).toString() === vectors[i])) break
      log.push(`final: normalizer pass ${pass} changed the document; exchanged`)
      if (pass === NORMALIZER_PASSES) {
        problems.push(`the normalizer still changes the document after ${NORMALIZER_PASSES} passes`)
        break
      }
    }
    problems.push(...checkConverged(clients, config))
    const present = new Set(findMarkers(clients[0]!.editor.state.doc).keys())
    const verdict = oracle.verdict(
      present,
      trackers.flatMap((tracker) => tracker.deletions),
      trackers.flatMap((tracker) => tracker.itemDeletions),
      strict,
    )
    problems.push(...verdict.problems)
    explained = verdict.explained
    stalledRepairs = network.stalledRepairs
  } catch (error) {
    problems.push(`threw ${(error as Error).stack ?? String(error)}`)
  } finally {
    for (const client of clients) client.destroy()
    seed.destroy()
  }
  return { rounds: scenario.rounds.length, problems, log, explained, stalledRepairs }
}

/**
 * Selects everything before a remote update arrives. With a text selection, y-tiptap 3.0.9 throws
 * a RangeError in `restoreRelativeSelection` when rendering a remote update makes the binding write
 * to Yjs itself (it merges two adjacent Y.Texts, y-prosemirror #160): the nested render resolves
 * the old absolute cursor in an already shrunk document. See the README's known binding limitations.
 */
function parkSelection(editor: Editor): void {
  const { state } = editor
  if (!(state.selection instanceof AllSelection))
    editor.view.dispatch(state.tr.setSelection(new AllSelection(state.doc)))
}

function playNetworkStep(
  network: SimulatedNetwork,
  step: NetworkStep,
  clients: number,
  log: (line: string) => void,
) {
  if (step.partition && !network.partitioned) {
    const side = (step.partition % (2 ** clients - 2)) + 1
    network.partition((index) => ((side >> index) & 1) === 1)
    log(`partition ${side.toString(2).padStart(clients, '0').split('').reverse().join('')}`)
  } else if (step.heal && network.partitioned) {
    network.heal()
    log('partition healed')
  }
  for (const hold of step.holds) network.hold(hold.link, hold.rounds)
  let delivered = 0
  for (const delivery of step.deliveries) if (network.deliver(delivery.link, delivery.message)) delivered += 1
  if (delivered) log(`${delivered} updates delivered, ${network.pending()} in flight`)
}
