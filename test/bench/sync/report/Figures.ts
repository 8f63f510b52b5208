import type { ServerName } from '../servers/ServerAdapter'
import { summarize, type Summary } from '../stats'

export interface Figure {
  label: string
  unit: string
  better: 'lower' | 'higher'
  /** A summary of the repeats, or why the figure does not apply to that server. */
  servers: Partial<Record<ServerName, Summary | { na: string }>>
}

/** Collects the repeats of each figure of one workload, per server. */
export class Figures {
  private readonly figures = new Map<
    string,
    Omit<Figure, 'servers'> & { values: Map<ServerName, number[]>; na: Map<ServerName, string> }
  >()

  define(key: string, label: string, unit: string, better: 'lower' | 'higher'): this {
    this.figures.set(key, { label, unit, better, values: new Map(), na: new Map() })
    return this
  }

  add(key: string, server: ServerName, value: number): void {
    const figure = this.get(key)
    figure.values.set(server, [...(figure.values.get(server) ?? []), value])
  }

  notApplicable(key: string, server: ServerName, why: string): void {
    this.get(key).na.set(server, why)
  }

  toJSON(): Record<string, Figure> {
    const out: Record<string, Figure> = {}
    for (const [key, { values, na, ...meta }] of this.figures) {
      const servers: Figure['servers'] = {}
      for (const [server, why] of na) servers[server] = { na: why }
      for (const [server, list] of values) servers[server] = summarize(list)
      out[key] = { ...meta, servers }
    }
    return out
  }

  private get(key: string) {
    const figure = this.figures.get(key)
    if (!figure) throw new Error(`Figure ${key} is not defined.`)
    return figure
  }
}
