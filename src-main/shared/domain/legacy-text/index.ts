/** Legacy Vietnamese encodings (TCVN3, VNI): detection, conversion to Unicode, and encoders for fixtures. */
export { convertTcvn3, toTcvn3, TCVN3_CHARS, type CapsFont, type Tcvn3Options } from './tcvn3';
export { convertVni, toVni } from './vni';
export { isVietnameseSyllable } from './syllable';
export { VIETNAMESE_LETTERS } from './letters';
export {
  convertLegacy,
  convertLegacyText,
  detectLegacyEncoding,
  DETECTION_THRESHOLD,
  fixLegacyText,
  LEGACY_ENCODING_NAMES,
  LEGACY_ENCODINGS,
  type FixedText,
  type FixOptions,
  type LegacyDetection,
  type LegacyEncoding,
} from './detect';
