import { Extension } from '@tiptap/core'
import { defaultMinutesConfig, type MinutesConfigOptions } from '../config'
import {
  addDissent,
  recordVote,
  removeDissent,
  setDecisionStatus,
  setNotParticipating,
} from './decisionCommands'
import { goToNextDecision } from './goToNextDecision'
import { insertAgendaGroup } from './insertAgendaGroup'
import { insertAgendaItem } from './insertAgendaItem'
import { insertBilag } from './insertBilag'
import { insertSection } from './insertSection'
import { moveAgendaItem } from './moveAgendaItem'
import { moveAgendaItemToGroup } from './moveAgendaItemToGroup'
import { suggestDecisionFromRecommendation } from './suggestDecisionFromRecommendation'

export type MinutesCommandsOptions = MinutesConfigOptions

/** Commands of the minutes: agenda structure, bilag markers and decisions. */
export const MinutesCommands = Extension.create<MinutesCommandsOptions>({
  name: 'minutesCommands',

  addOptions() {
    return { config: defaultMinutesConfig }
  },

  addCommands() {
    const { config } = this.options
    return {
      insertAgendaGroup,
      insertAgendaItem: insertAgendaItem(config),
      insertSection: insertSection(config),
      insertBilag,
      moveAgendaItem,
      moveAgendaItemToGroup,
      goToNextDecision,
      setDecisionStatus,
      recordVote,
      addDissent,
      removeDissent,
      setNotParticipating,
      suggestDecisionFromRecommendation,
    }
  },
})
