import { describe, expect, it } from 'vitest'
import { defaultVocabulary } from './defaultVocabulary'
import { compileVocabulary } from './compileVocabulary'
import { mergeVocabulary } from './mergeVocabulary'

describe('mergeVocabulary', () => {
  it('replaces the fields given and keeps the rest', () => {
    const merged = mergeVocabulary({ documentTitles: ['Protokol'], caseNumberLookahead: 2 })
    expect(merged.documentTitles).toEqual(['Protokol'])
    expect(merged.caseNumberLookahead).toBe(2)
    expect(merged.sectionHeadings).toBe(defaultVocabulary.sectionHeadings)
  })

  it.each([
    [[], 'must be a JSON object'],
    [{ headings: {} }, 'unknown field "headings"'],
    [{ bilagMarker: 3 }, 'field "bilagMarker" has the wrong type'],
    [{ decisionStatuses: [{ pattern: 1 }] }, 'field "decisionStatuses" has the wrong type'],
  ])('rejects %j', (partial, message) => {
    expect(() => mergeVocabulary(partial)).toThrow(message)
  })

  it('names the field of an invalid pattern', () => {
    expect(() => compileVocabulary(mergeVocabulary({ groupPatterns: ['(unclosed'] }))).toThrow(
      /field "groupPatterns" holds an invalid pattern/,
    )
  })
})
