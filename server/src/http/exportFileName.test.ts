import { describe, expect, it } from 'vitest'
import { exportFileName } from './exportFileName'

describe('exportFileName', () => {
  it('keeps the Danish name in filename* and gives old clients an ASCII fallback', () => {
    const value = exportFileName(
      { title: 'Referat', body: 'Ærø Kommune: Børne/unge', date: '2024-09-20', place: '' },
      'pdf',
    )
    expect(value).toBe(
      `attachment; filename="Referat _r_ Kommune B_rne unge 2024-09-20.pdf"; ` +
        `filename*=UTF-8''${encodeURIComponent('Referat Ærø Kommune Børne unge 2024-09-20.pdf')}`,
    )
  })

  it('falls back to the title when the body is empty and drops characters a file name cannot hold', () => {
    expect(exportFileName({ title: 'Møde "ekstra"', body: '', date: '', place: '' }, 'docx')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Referat Møde ekstra.docx')}`,
    )
  })
})
