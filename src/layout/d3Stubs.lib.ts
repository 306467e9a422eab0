// The embeddable build's engine only: what d3-force takes from d3-timer and d3-dispatch. A
// ForceLayout stops d3's timer as soon as the simulation exists and ticks it by hand, and never
// listens for d3's events, so neither does anything here; leaving them out makes the file
// about 1 kB smaller (gzipped). vite.lib.config.ts swaps these in for the engine's build.
const inert = {
  restart() {
    return inert;
  },
  stop() {
    return inert;
  },
  call() {},
  on() {
    return undefined;
  },
};

export function timer(): typeof inert {
  return inert;
}

export function dispatch(): typeof inert {
  return inert;
}
