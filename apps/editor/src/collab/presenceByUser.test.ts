import { describe, expect, it } from 'vitest'
import { presenceByUser } from './presenceByUser'

const user = (id: string, name: string) => ({ id, name, color: '#0b5394' })

describe('presenceByUser', () => {
  it('lists a user with several tabs once, with the items of all tabs, and marks oneself', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: user('u-ole', 'Ole'), item: 'item-a' }],
      [2, { user: user('u-ane', 'Ane'), item: 'item-b' }],
      [3, { user: user('u-ole', 'Ole'), item: 'item-c' }],
      [4, { user: user('u-ole', 'Ole'), item: 'item-a' }],
      [5, {}],
    ])
    expect(presenceByUser(states, 3)).toEqual([
      { ...user('u-ane', 'Ane'), itemIds: ['item-b'], self: false },
      { ...user('u-ole', 'Ole'), itemIds: ['item-a', 'item-c'], self: true },
    ])
  })
})
