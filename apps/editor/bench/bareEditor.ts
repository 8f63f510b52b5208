import { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { collabUrl } from '../src/collab/useCollaboration'
import {
  Bold,
  BulletList,
  Document,
  HardBreak,
  Heading,
  Italic,
  ListItem,
  OrderedList,
  Paragraph,
  Text,
} from './plainExtensions'

/*
 * The benchmark's baseline: a bare Tiptap editor (no React, no minutes schema, no decorations) with the
 * collaboration extensions, on a meeting of our server: `/bare.html?meeting=<id>&token=<editor token>`.
 */
const params = new URLSearchParams(window.location.search)
const doc = new Y.Doc()
const provider = new WebsocketProvider(collabUrl(window.location), params.get('meeting') ?? '', doc, {
  params: { token: params.get('token') ?? '' },
})
const element = document.getElementById('editor')
if (!element) throw new Error('bare.html lacks #editor')
new Editor({
  element,
  extensions: [
    Document,
    Paragraph,
    Text,
    Heading.configure({ levels: [1, 2, 3, 4] }),
    Bold,
    Italic,
    HardBreak,
    BulletList,
    OrderedList,
    ListItem,
    Collaboration.configure({ document: doc }),
    CollaborationCaret.configure({ provider, user: { name: 'Lokal', color: '#005f8a' } }),
  ],
})
provider.once('sync', () => document.body.setAttribute('data-synced', 'true'))
