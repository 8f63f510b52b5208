export { MinutesNormalizer, type MinutesNormalizerOptions } from './minutesNormalizer'
