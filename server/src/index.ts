export { createServer, type ReferatServer } from './createServer'
export { defaultLimits, type Limits, type ServerOptions } from './config/ServerOptions'
export type {
  MeetingListing,
  MeetingMetadata,
  MeetingRecord,
  MeetingStatus,
  MeetingStore,
  StoredDocument,
} from './store/MeetingStore'
export { SqliteMeetingStore, type SqliteMeetingStoreOptions } from './store/SqliteMeetingStore'
export { CorruptDocumentError } from './store/CorruptDocumentError'
export { signToken, type TokenRequest } from './auth/signToken'
export { verifyToken, TokenError } from './auth/verifyToken'
export { ROLES, type Role, type TokenClaims } from './auth/TokenClaims'
export { CLOSE, type CloseReason } from './sync/closeCodes'
export { MESSAGE_SAVED } from './sync/messageTypes'
