import { useId, type ReactNode } from 'react'

/** A label tied by id to its control, so the control's name is the label alone (not label + value). */
export function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  )
}
