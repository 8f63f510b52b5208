import { getMinutesSchema } from '@referat/schema'
import { describe, expect, it } from 'vitest'
import { BLOCK_NODE_NAMES, INLINE_NODE_NAMES, MARK_NAMES } from './nodeNames'

describe('node names the exporters are typed over', () => {
  it('are exactly the nodes and marks of the minutes schema', () => {
    const schema = getMinutesSchema()
    expect([...BLOCK_NODE_NAMES, ...INLINE_NODE_NAMES].sort()).toEqual(Object.keys(schema.nodes).sort())
    expect([...MARK_NAMES].sort()).toEqual(Object.keys(schema.marks).sort())
    for (const name of INLINE_NODE_NAMES) expect(schema.nodes[name]?.isInline).toBe(true)
    for (const name of BLOCK_NODE_NAMES) expect(schema.nodes[name]?.isInline).toBe(false)
  })
})
