// The talk: a reveal.js deck whose third slide is the seed map, walked through its overview tour.
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';
import './define/concept-map.js';
import seed from '../data/seed.graph.json';
import { startMapsOnShow } from './deck/startMapsOnShow.js';

const root = document.querySelector<HTMLElement>('.reveal');
if (root) {
  const deck = new Reveal(root, {
    // 16:9, the shape of most projectors; reveal scales the slides to the screen.
    width: 1280,
    height: 720,
    margin: 0.02,
    hash: true,
    controls: true,
    progress: true,
    slideNumber: 'c/t',
    transition: 'slide',
    // A key that something on the slide handled is not the deck's too. (The map already stops
    // the keys it takes while it has focus: → ← PageDown PageUp Space Home End walk its tour.)
    keyboardCondition: (event: KeyboardEvent) => !event.defaultPrevented,
  });
  // A map starts (is laid out, framed and drawn) when its slide is first shown, not while it is 0×0.
  startMapsOnShow(deck, (map) => {
    if (!map.hasAttribute('src') && map.graph == null) map.graph = seed;
  });
  void deck.initialize();
}
