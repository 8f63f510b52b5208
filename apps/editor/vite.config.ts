import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [react()],
  // Tiptap, ProseMirror and Yjs make one ~800 kB chunk; splitting it would not make the editor usable sooner.
  build: { chunkSizeWarningLimit: 1000 },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:1234',
      '/collab': { target: 'ws://127.0.0.1:1234', ws: true },
    },
  },
})
