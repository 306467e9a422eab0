import type { RevealApi } from 'reveal.js';
import type { ConceptMap } from '../components/ConceptMap.js';

/**
 * Keeps every `<concept-map>` of a reveal.js deck out of the page's layout (`display: none`, so it
 * is 0×0 and draws nothing) until its slide is shown for the first time, then shows it and calls
 * `start(map)`, where the page hands it its document.
 *
 * reveal.js keeps the slides near the current one in the layout for its transitions (within
 * `viewDistance`, as `display: block` with opacity 0) and the others `display: none`. A map on a
 * nearby slide would lay itself out and draw for nobody; one further away would be 0×0 when the
 * deck starts. So the map starts on its own slide: the layout animates there, and the graph's
 * ResizeObserver gives it its size and its framing on the first frame. Once started, a map stays
 * in the layout, so it slides out with its slide and is at rest when the speaker comes back.
 *
 * Call it before `deck.initialize()` (or after: it looks at the current slide at once when the
 * deck is ready). Returns a function that stops watching and shows the maps not yet started.
 */
export function startMapsOnShow(deck: RevealApi, start: (map: ConceptMap) => void = () => {}): () => void {
  const root = deck.getSlidesElement() ?? deck.getRevealElement();
  const waiting = new Map<ConceptMap, { value: string; priority: string }>();
  for (const map of root?.querySelectorAll('concept-map') ?? []) {
    waiting.set(map, { value: map.style.getPropertyValue('display'), priority: map.style.getPropertyPriority('display') });
    map.style.setProperty('display', 'none', 'important');
  }

  const show = (map: ConceptMap): void => {
    const before = waiting.get(map);
    waiting.delete(map);
    if (before?.value) map.style.setProperty('display', before.value, before.priority);
    else map.style.removeProperty('display');
  };

  const onSlide = (): void => {
    const slide = deck.getCurrentSlide();
    if (!slide) return;
    for (const map of [...waiting.keys()]) {
      if (!slide.contains(map)) continue;
      show(map);
      start(map);
    }
  };

  deck.on('ready', onSlide);
  deck.on('slidechanged', onSlide);
  if (deck.isReady()) onSlide();
  return () => {
    deck.off('ready', onSlide);
    deck.off('slidechanged', onSlide);
    for (const map of [...waiting.keys()]) show(map);
  };
}
