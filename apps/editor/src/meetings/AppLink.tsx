import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { navigate } from './navigate'

/** A real link to a path of this app, followed without a page load (new tabs and modifiers work as usual). */
export function AppLink({ href, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    navigate(href)
  }
  return <a href={href} onClick={follow} {...rest} />
}
