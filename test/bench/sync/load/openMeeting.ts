import * as Y from 'yjs'
import type { Seed } from '../seeds'
import type { BenchClient, MeetingRef, RunningServer } from '../servers/ServerAdapter'
import { whenContains } from './whenContains'
import { withTimeout } from './withTimeout'

export interface OpenMeeting {
  ref: MeetingRef
  clients: BenchClient[]
}

const TIMEOUT_MS = 60_000
const BATCH = 25

/**
 * Creates a meeting, has its first client apply the seed (as a peer's first user would), then connects
 * the others in small batches and waits until each holds the seed.
 */
export async function openMeeting(server: RunningServer, seed: Seed, clients: number): Promise<OpenMeeting> {
  const ref = await server.createMeeting()
  const first = server.connect(ref)
  await withTimeout(first.synced, TIMEOUT_MS, 'the first client to sync')
  Y.applyUpdate(first.doc, seed.update)
  const all = [first]
  while (all.length < clients) {
    const batch = Array.from({ length: Math.min(BATCH, clients - all.length) }, () => server.connect(ref))
    all.push(...batch)
    await Promise.all(batch.map((c) => whenContains(c.doc, seed.stateVector, TIMEOUT_MS)))
  }
  return { ref, clients: all }
}

/** Opens `count` meetings a few at a time. */
export async function openMeetings(
  server: RunningServer,
  seed: Seed,
  count: number,
  clientsEach: number,
): Promise<OpenMeeting[]> {
  const meetings: OpenMeeting[] = []
  const parallel = Math.max(1, Math.floor(BATCH / clientsEach))
  while (meetings.length < count) {
    const n = Math.min(parallel, count - meetings.length)
    meetings.push(
      ...(await Promise.all(Array.from({ length: n }, () => openMeeting(server, seed, clientsEach)))),
    )
  }
  return meetings
}

export function closeMeetings(meetings: OpenMeeting[]): void {
  for (const meeting of meetings) for (const client of meeting.clients) client.destroy()
}
