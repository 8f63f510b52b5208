import { Meeting, type MeetingContext } from './Meeting'

/** Loaded meetings: loads on first use, unloads (destroying doc and awareness) a grace period after the last peer left. */
export class MeetingRegistry {
  private readonly meetings = new Map<string, Meeting>()
  private readonly unloadTimers = new Map<string, NodeJS.Timeout>()

  constructor(
    private readonly ctx: MeetingContext,
    private readonly graceMs: number,
  ) {}

  get size(): number {
    return this.meetings.size
  }

  /** Throws (e.g. `CorruptDocumentError`) when the meeting cannot be loaded; nothing stays in memory then. */
  acquire(id: string): Meeting {
    clearTimeout(this.unloadTimers.get(id))
    this.unloadTimers.delete(id)
    let meeting = this.meetings.get(id)
    if (!meeting) {
      meeting = new Meeting(id, this.ctx)
      this.meetings.set(id, meeting)
      this.ctx.metrics.meetingsLoaded.set(this.meetings.size)
    }
    return meeting
  }

  /** Runs `use` on the meeting, loading it for the call if no client has it open. */
  with<T>(id: string, use: (meeting: Meeting) => T): T {
    const meeting = this.acquire(id)
    try {
      return use(meeting)
    } finally {
      this.release(meeting)
    }
  }

  release(meeting: Meeting): void {
    if (meeting.peers.size > 0 || meeting.pending > 0 || this.unloadTimers.has(meeting.id)) return
    const timer = setTimeout(() => this.unload(meeting.id), this.graceMs)
    timer.unref()
    this.unloadTimers.set(meeting.id, timer)
  }

  unloadAll(): void {
    for (const id of [...this.meetings.keys()]) this.unload(id)
  }

  private unload(id: string): void {
    clearTimeout(this.unloadTimers.get(id))
    this.unloadTimers.delete(id)
    const meeting = this.meetings.get(id)
    if (!meeting || meeting.peers.size > 0 || meeting.pending > 0) return
    meeting.destroy()
    this.meetings.delete(id)
    this.ctx.metrics.meetingsLoaded.set(this.meetings.size)
  }
}
