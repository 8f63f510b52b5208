import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

const frame = (...parts: (number | Uint8Array)[]): Uint8Array => {
  const encoder = encoding.createEncoder()
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeVarUint(encoder, part)
    else encoding.writeVarUint8Array(encoder, part)
  }
  return encoding.toUint8Array(encoder)
}

/** A deterministic generator of hostile frames: random bytes, broken varints, lies about lengths, broken updates. */
export function malformedFrames(seed: number): () => { kind: string; data: Uint8Array | string } {
  let state = seed >>> 0
  const rand = (n: number) => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    return state % n
  }
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => rand(256))
  const source = new Y.Doc()
  source.getText('fuzz').insert(0, 'a valid update, to be broken')
  source.getMap('fuzzmap').set('k', { nested: [1, 2, 3] })
  const valid = Y.encodeStateAsUpdate(source)
  const mutate = (data: Uint8Array) => {
    const copy = data.slice()
    for (let i = 0, n = 1 + rand(4); i < n; i++) copy[rand(copy.length)] = rand(256)
    return copy
  }
  const kinds: [string, () => Uint8Array | string][] = [
    ['random bytes', () => bytes(1 + rand(200))],
    ['truncated varint', () => Uint8Array.from({ length: 1 + rand(12) }, () => 0x80 | rand(128))],
    [
      'giant length prefix',
      () => Uint8Array.of(0, rand(3), 0xff, 0xff, 0xff, 0xff, 0x0f, ...bytes(rand(16))),
    ],
    ['unknown message type', () => frame(4 + rand(1000), bytes(rand(32)))],
    ['unknown sync step', () => frame(0, 3 + rand(100), bytes(rand(32)))],
    ['random update', () => frame(0, 1 + rand(2), bytes(rand(100)))],
    ['mutated update', () => frame(0, 2, mutate(valid))],
    ['truncated update', () => frame(0, 2, valid.subarray(0, rand(valid.length)))],
    ['bad state vector', () => frame(0, 0, bytes(1 + rand(30)))],
    ['bad awareness', () => frame(1, bytes(rand(60)))],
    ['empty frame', () => new Uint8Array(0)],
    ['text frame', () => 'not binary'],
  ]
  return () => {
    const [kind, make] = kinds[rand(kinds.length)]!
    return { kind, data: make() }
  }
}
