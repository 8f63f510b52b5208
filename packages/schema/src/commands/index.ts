export { MinutesCommands, type MinutesCommandsOptions } from './minutesCommands'
