export { initialViewState, type FocusDepth, type ViewState } from './ViewState.js';
export {
  deriveDisplay,
  type Display,
  type Emphasis,
  type LinkDisplay,
  type NodeDisplay,
} from './deriveDisplay.js';
export { placeLabels, type LabelCandidate, type LabelPlacement } from './placeLabels.js';
export { neighbourInDirection, type Direction } from './neighbourInDirection.js';
export { firstNode } from './firstNode.js';
export { kindStyle, KIND_ORDER, type KindStyle, type NodeShape } from './kindStyle.js';
export { contrastRatio } from './contrastRatio.js';
export { formatHash, parseHash, type HashState } from './hashState.js';
export { abstractSegments, type Segment } from './abstractSegments.js';
export { connections, type ConnectionGroup } from './connections.js';
export { safeUrl } from './safeUrl.js';
export { clampStep, findTour, moveStep, recordStep, removeStep, stepView, withTour, type RecordedView, type StepView } from './tour.js';
