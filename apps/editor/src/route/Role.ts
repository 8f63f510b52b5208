/** The roles of the server's tokens (`@referat/server` ROLES), repeated here so the app bundles no server code. */
export type Role = 'editor' | 'chair' | 'viewer'
