import * as Y from 'yjs'
import type { BenchClient } from '../servers/ServerAdapter'

function textNodes(fragment: Y.XmlFragment): Y.XmlText[] {
  const found: Y.XmlText[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) found.push(child)
      else if (child instanceof Y.XmlElement) walk(child)
    }
  }
  walk(fragment)
  return found
}

/**
 * A client that types one character per keystroke into its own paragraph of the minutes and stamps each
 * with performance.now(); one keystroke is one Yjs update and one step of its client clock.
 */
export class Writer {
  readonly clientId: number
  private readonly text: Y.XmlText
  private readonly stamps = new Map<number, number>()
  private offset = 0
  typed = 0

  constructor(
    readonly client: BenchClient,
    index: number,
  ) {
    this.clientId = client.doc.clientID
    const texts = textNodes(client.doc.getXmlFragment('default'))
    if (texts.length === 0) throw new Error('The seeded document has no text to type into.')
    this.text = texts[(index * 7 + 3) % texts.length]!
  }

  keystroke(): void {
    const clock = Y.getState(this.client.doc.store, this.clientId)
    this.stamps.set(clock, performance.now())
    this.text.insert(this.offset++, 'x')
    this.typed++
  }

  /** When the update with this clock was typed. */
  stampOf(clock: number): number | undefined {
    return this.stamps.get(clock)
  }

  /** Highest clock typed so far + 1. */
  get clock(): number {
    return Y.getState(this.client.doc.store, this.clientId)
  }
}
