import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { language } from './i18n/strings'
import { registerServiceWorker } from './registerServiceWorker'
import './styles.css'

document.documentElement.lang = language
const root = document.getElementById('root')
if (!root) throw new Error('index.html lacks #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
registerServiceWorker()
