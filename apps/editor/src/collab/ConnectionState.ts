export type ConnectionState = 'connecting' | 'connected' | 'offline' | 'saving' | 'saved'
