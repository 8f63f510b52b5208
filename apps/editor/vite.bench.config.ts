import { resolve } from 'node:path'
import { defineConfig } from 'vite'

/** The typing benchmark's bare Tiptap page (test/bench/typing), built apart from the app into `dist-bench`. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'bench'),
  build: {
    outDir: resolve(import.meta.dirname, 'dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: { input: resolve(import.meta.dirname, 'bench/bare.html') },
  },
})
