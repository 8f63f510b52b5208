import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { Awareness } from 'y-protocols/awareness'
import type { TokenClaims } from '../auth/TokenClaims'

export interface AwarenessGateOptions {
  claims: TokenClaims
  /** Awareness client ids of the whole meeting, by the connection that introduced them. */
  owners: Map<number, unknown>
  owner: unknown
  /** The meeting's awareness (its own client id is the server's, which no client may take). */
  awareness: Awareness
  maxIds: number
  maxStateBytes: number
}

export interface RefusedEntry {
  clientID: number
  why: string
}

export interface FilteredAwareness {
  /** Re-encoded update holding only the accepted entries, or null when none were. */
  update: Uint8Array | null
  refused: RefusedEntry[]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * What one connection may publish as presence: only client ids it introduced itself, a few of them,
 * small states, and `user.id` / `user.name` taken from its token so nobody appears as someone else.
 */
export class AwarenessGate {
  private readonly owned = new Set<number>()

  constructor(private readonly o: AwarenessGateOptions) {}

  /** Throws on an undecodable update (the caller treats it as a malformed frame). */
  filter(update: Uint8Array): FilteredAwareness {
    const decoder = decoding.createDecoder(update)
    const count = decoding.readVarUint(decoder)
    const accepted: { clientID: number; clock: number; json: string }[] = []
    const refused: RefusedEntry[] = []
    for (let i = 0; i < count; i++) {
      const clientID = decoding.readVarUint(decoder)
      const clock = decoding.readVarUint(decoder)
      const json = decoding.readVarString(decoder)
      const state: unknown = JSON.parse(json)
      // Clients echo every state they receive; one the awareness would ignore anyway is no claim.
      if (!this.wouldApply(clientID, clock, state)) continue
      const why = this.refusal(clientID, state, json)
      if (why) {
        refused.push({ clientID, why })
        continue
      }
      this.claim(clientID)
      accepted.push({ clientID, clock, json: isRecord(state) ? JSON.stringify(this.rewrite(state)) : json })
    }
    if (accepted.length === 0) return { update: null, refused }
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, accepted.length)
    for (const { clientID, clock, json } of accepted) {
      encoding.writeVarUint(encoder, clientID)
      encoding.writeVarUint(encoder, clock)
      encoding.writeVarString(encoder, json)
    }
    return { update: encoding.toUint8Array(encoder), refused }
  }

  /** Gives up every id this connection introduced; returns them so their states can be removed. */
  release(): number[] {
    const ids = [...this.owned]
    for (const id of ids) this.o.owners.delete(id)
    this.owned.clear()
    return ids
  }

  private refusal(clientID: number, state: unknown, json: string): string | null {
    if (this.owned.has(clientID)) return this.stateRefusal(state, json)
    if (clientID === this.o.awareness.clientID || this.o.owners.has(clientID)) {
      return 'client id belongs to another connection'
    }
    if (state === null) return 'removal of a state this connection never set'
    if (this.owned.size >= this.o.maxIds) return `more than ${this.o.maxIds} client ids on one connection`
    return this.stateRefusal(state, json)
  }

  private stateRefusal(state: unknown, json: string): string | null {
    if (state !== null && !isRecord(state)) return 'state is not an object'
    if (Buffer.byteLength(json) > this.o.maxStateBytes)
      return `state larger than ${this.o.maxStateBytes} bytes`
    return null
  }

  private wouldApply(clientID: number, clock: number, state: unknown): boolean {
    const known = this.o.awareness.meta.get(clientID)?.clock
    if (known === undefined || known < clock) return true
    return known === clock && state === null && this.o.awareness.getStates().has(clientID)
  }

  private claim(clientID: number): void {
    if (this.owned.has(clientID)) return
    this.owned.add(clientID)
    this.o.owners.set(clientID, this.o.owner)
  }

  private rewrite(state: Record<string, unknown>): Record<string, unknown> {
    const user = isRecord(state.user) ? state.user : {}
    return { ...state, user: { ...user, id: this.o.claims.userId, name: this.o.claims.name } }
  }
}
