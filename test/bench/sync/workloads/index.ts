import type { WorkloadResult } from '../report/BenchResult'
import type { WorkloadContext } from '../WorkloadContext'
import { busyMeeting } from './busyMeeting'
import { churn } from './churn'
import { coldJoin } from './coldJoin'
import { crashLoss } from './crashLoss'
import { manyMeetings } from './manyMeetings'
import { memory } from './memory'

/** The workloads of issue 6, in the order they run. */
export const workloads: Record<string, (ctx: WorkloadContext) => Promise<WorkloadResult>> = {
  busyMeeting,
  manyMeetings,
  memory,
  coldJoin,
  crashLoss,
  churn,
}
