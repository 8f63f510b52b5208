/** What each client publishes as its awareness `user` field; carets and the presence list read it. */
export interface PresenceUser {
  id: string
  name: string
  color: string
}
