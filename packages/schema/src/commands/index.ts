export { MinutesCommands, type MinutesCommandsOptions } from './minutesCommands'
export { agendaItemJSON, type AgendaItemAttrs } from './helpers/agendaItemJSON'
export { sectionJSON, type SectionAttrs } from './helpers/sectionJSON'
export { suggestDecision, type DecisionSuggestion } from './helpers/suggestDecision'
