/** A form's error as an alert, so screen readers announce it the moment it appears. */
export function FormError({ text, id }: { text: string | null; id?: string }) {
  return (
    <p role="alert" className="form-error" id={id}>
      {text}
    </p>
  )
}
