export type ConnectionState = 'connecting' | 'offline' | 'saving' | 'saved'
