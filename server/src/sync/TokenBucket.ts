/** Allows `perSecond` messages a second on average, with a burst of one second's worth. */
export class TokenBucket {
  private tokens: number
  private last = performance.now()

  constructor(private readonly perSecond: number) {
    this.tokens = perSecond
  }

  take(): boolean {
    const now = performance.now()
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
