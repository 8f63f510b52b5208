/** The server's "stored durably" message (`@referat/server` MESSAGE_SAVED), sent to clients connecting with `ack=1`. */
export const MESSAGE_SAVED = 100
