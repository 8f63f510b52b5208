import type { Figure } from './Figures'

export interface WorkloadResult {
  title: string
  /** How this run measured it, in a sentence or two (sizes, repeats, durations). */
  method: string
  figures: Record<string, Figure>
  notes: string[]
}

export interface Machine {
  cores: number
  cpu: string
  memoryGiB: number
  node: string
  loadAverage: number[]
}

export interface BenchResult {
  date: string
  mode: 'full' | 'quick'
  machine: Machine
  seconds: number
  versions: Record<string, string>
  workloads: Record<string, WorkloadResult>
}
