/** y-websocket message types (lib0 varuint at the start of every frame). */
export const MESSAGE_SYNC = 0
export const MESSAGE_AWARENESS = 1
export const MESSAGE_AUTH = 2
export const MESSAGE_QUERY_AWARENESS = 3
/** Ours: "stored durably"; sent only to clients that connect with `?ack=1`. */
export const MESSAGE_SAVED = 100

/** y-protocols sync sub-types. */
export const SYNC_STEP_1 = 0
export const SYNC_STEP_2 = 1
export const SYNC_UPDATE = 2
