import * as Y from 'yjs'
import { connectClient, type TestClient } from '../../../server/src/testing/connectClient'

export interface RemoteTypists {
  /** Characters all typists have inserted so far. */
  readonly typed: number
  stop(): void
}

const COLORS = ['#b3261e', '#1b6e3a', '#6a3fb5', '#a35200', '#005f8a']

function paragraphTexts(fragment: Y.XmlFragment): Y.XmlText[] {
  const texts: Y.XmlText[] = []
  for (const element of fragment.createTreeWalker((node) => node instanceof Y.XmlElement)) {
    const first = (element as Y.XmlElement).firstChild
    if ((element as Y.XmlElement).nodeName === 'paragraph' && first instanceof Y.XmlText && first.length > 0)
      texts.push(first)
  }
  return texts
}

/**
 * Node y-websocket clients, each typing `charsPerSecond` into its own paragraph of the fragment `default`
 * (spread over the document, away from its middle where the browser types) and moving its caret there.
 */
export async function startRemoteTypists(
  wsUrl: string,
  meetingId: string,
  tokens: string[],
  charsPerSecond = 8,
): Promise<RemoteTypists> {
  const clients: TestClient[] = await Promise.all(
    tokens.map((token) => connectClient(wsUrl, meetingId, token)),
  )
  const timers: NodeJS.Timeout[] = []
  let typed = 0
  clients.forEach((client, index) => {
    const texts = paragraphTexts(client.doc.getXmlFragment('default'))
    const fractions = [0.1, 0.25, 0.4, 0.65, 0.85]
    const text = texts[Math.floor((texts.length * (fractions[index % fractions.length] ?? 0.1)) | 0)]
    if (!text) throw new Error('The document has no paragraph for a remote typist.')
    client.provider.awareness.setLocalStateField('user', {
      name: `Typist ${index + 1}`,
      color: COLORS[index % 5],
    })
    const word = `fjern${index + 1} `
    let next = 0
    const type = () => {
      text.insert(text.length, word[next++ % word.length] ?? ' ')
      typed += 1
      const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, text.length))
      client.provider.awareness.setLocalStateField('cursor', { anchor: caret, head: caret })
    }
    const period = 1000 / charsPerSecond
    // Staggered, so the typists' keystrokes do not all arrive in the same frame.
    timers.push(setTimeout(() => timers.push(setInterval(type, period)), (period * index) / clients.length))
  })
  return {
    get typed() {
      return typed
    },
    stop() {
      timers.forEach((timer) => clearInterval(timer))
      clients.forEach((client) => client.destroy())
    },
  }
}
