import { LANGUAGE_STORAGE_KEY, LANGUAGES, type Language } from './language'
import { language, t } from './strings'

/** Dansk / English; the choice is kept in this browser and applied by reloading the page. */
export function LanguagePicker() {
  const choose = (next: Language) => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, next)
    window.location.reload()
  }
  return (
    <label className="language-picker">
      {t.language.label}
      <select value={language} onChange={(event) => choose(event.target.value as Language)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t.language[code]}
          </option>
        ))}
      </select>
    </label>
  )
}
