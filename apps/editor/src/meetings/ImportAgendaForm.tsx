import type { FormEvent } from 'react'
import { t } from '../i18n/strings'
import type { AdminApi } from './api/createAdminApi'
import { FormError } from './FormError'
import { useAction } from './useAction'

const s = t.meetings.import
const ACCEPT = '.txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Creates a meeting from an uploaded agenda or minutes; on failure the chosen file and title stay in the form. */
export function ImportAgendaForm({ api, onCreated }: { api: AdminApi; onCreated(id: string): void }) {
  const { busy, error, run } = useAction()
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const file = form.get('file')
    if (!(file instanceof File)) return
    void run(async () => {
      const { id } = await api.importAgenda(file, String(form.get('title') ?? ''))
      onCreated(id)
    })
  }
  return (
    <section className="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{s.heading}</h2>
      <p>{s.intro}</p>
      <form onSubmit={submit} className="meeting-form">
        <div className="field">
          <label htmlFor="import-file">{s.file}</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept={ACCEPT}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby="import-error"
          />
        </div>
        <div className="field">
          <label htmlFor="import-title">{s.title}</label>
          <input id="import-title" name="title" type="text" maxLength={500} />
        </div>
        <button type="submit" disabled={busy}>
          {busy ? s.busy : s.submit}
        </button>
        <FormError text={error} id="import-error" />
      </form>
    </section>
  )
}
