import { describe, expect, it } from 'vitest'
import { ApiError } from './ApiError'
import { apiErrorText } from './apiErrorText'

describe('apiErrorText', () => {
  it.each([
    [400, 'Import failed: The input is empty.', 'Filen er tom. Vælg en dagsorden med indhold.'],
    [
      400,
      'Import failed: The file is neither text nor a DOCX document (it looks like binary data).',
      /hverken/,
    ],
    [400, 'Import failed: The file is not a readable DOCX document (zip: bad header).', /Word-dokument/],
    [400, 'Import failed: PDF files are not read directly; copy the text out.', /PDF-filer/],
    [400, 'Import failed: The input is 12.0 MB, more than the limit of 10.0 MB (maxInputBytes).', /for stor/],
    [400, 'Import failed: something new.', /kunne ikke importeres/],
    [400, 'title: Expected string', /afviste oplysningerne/],
    [413, 'request file too large', /for stor/],
    [404, 'No meeting x.', /findes ikke/],
    [0, 'Failed to fetch', /kunne ikke nås/],
    [500, 'Internal error.', /gik galt/],
  ])('%i %s → Danish', (status, message, expected) => {
    expect(apiErrorText(new ApiError(status, message))).toMatch(expected)
  })
})
