import { describe, expect, it } from 'vitest'
import { htmlToBlocks } from './htmlToBlocks'

describe('htmlToBlocks', () => {
  it('maps headings, paragraphs and line breaks, decoding character references', () => {
    expect(htmlToBlocks('<h1>1. Godkendelse &amp; valg</h1><p>Første<br />anden &#8211; linje</p>')).toEqual([
      { type: 'line', text: '1. Godkendelse & valg', hint: 'heading' },
      { type: 'break' },
      { type: 'line', text: 'Første' },
      { type: 'line', text: 'anden – linje' },
      { type: 'break' },
    ])
  })

  it('maps nested lists to bullet and ordered lines', () => {
    expect(htmlToBlocks('<ol><li>en<ul><li>under</li></ul></li><li>to</li></ol><p>slut</p>')).toEqual([
      { type: 'line', text: 'en', hint: 'ordered' },
      { type: 'line', text: 'under', hint: 'bullet' },
      { type: 'line', text: 'to', hint: 'ordered' },
      { type: 'break' },
      { type: 'line', text: 'slut' },
      { type: 'break' },
    ])
  })

  it('keeps table cells, with their paragraphs on separate lines', () => {
    const html =
      '<table><tr><td><p>a</p><p>b</p></td><td><p>1</p></td></tr><tr><td></td><td><p>2</p></td></tr></table>'
    expect(htmlToBlocks(html)).toEqual([
      {
        type: 'table',
        rows: [
          ['a\nb', '1'],
          ['', '2'],
        ],
      },
      { type: 'break' },
    ])
  })
})
