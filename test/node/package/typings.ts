// Type-level tests: nothing here runs. `npx tsc --noEmit -p .` (npm run typecheck, and the first
// step of npm run build) compiles this file, so a typing that stops working fails the build.
// `@ts-expect-error` lines must stay errors: if one compiles, tsc reports the unused directive.
import type { ComponentProps } from 'react';
import type { ConceptEventMap, ConceptGraph, ConceptMap, ConceptPanel } from '../../../src/define/index.js';
import type * as ReactEntry from '../../../src/react.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
/** 'concept-layout-end' → 'ConceptLayoutEnd' */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

// ---- HTMLElementTagNameMap: createElement and querySelector know the classes
export type TagNames = [
  Expect<Equal<HTMLElementTagNameMap['concept-map'], ConceptMap>>,
  Expect<Equal<HTMLElementTagNameMap['concept-graph'], ConceptGraph>>,
  Expect<Equal<HTMLElementTagNameMap['concept-panel'], ConceptPanel>>,
];

// ---- GlobalEventHandlersEventMap: every event of ConceptEventMap, as CustomEvent<detail>
export type EveryEventIsTyped = Expect<
  Equal<{ [K in keyof ConceptEventMap]: Equal<GlobalEventHandlersEventMap[K], CustomEvent<ConceptEventMap[K]>> }[keyof ConceptEventMap], true>
>;
export type PanelClose = Expect<Equal<GlobalEventHandlersEventMap['concept-panel-close'], CustomEvent<{ id: string | null }>>>;

export function usage(): void {
  const map = document.createElement('concept-map');
  const typed: ConceptMap = map;
  map.addEventListener('concept-select', (e) => {
    const id: string | null = e.detail.id;
    const source: ConceptEventMap['concept-select']['source'] = e.detail.source;
    void [id, source];
  });
  map.addEventListener('concept-step', (e) => void (e.detail.step + e.detail.count + e.detail.tour.length));
  map.addEventListener('concept-load', (e) => void (e.detail.title.length + e.detail.nodes + e.detail.links));
  map.addEventListener('concept-error', (e) => void e.detail.message.length);
  // @ts-expect-error concept-select's detail has no `node`
  map.addEventListener('concept-select', (e) => e.detail.node);
  // @ts-expect-error concept-hover's id is string | null
  map.addEventListener('concept-hover', (e) => e.detail.id.length);

  // Bubbling and composed: a listener on the document or the window is typed too.
  document.addEventListener('concept-select', (e) => void e.detail.id);
  window.addEventListener('concept-step', (e) => void e.detail.step);

  const graph = document.querySelector('concept-graph');
  graph?.addEventListener('concept-camera', (e) => void e.detail);
  const panel = document.createElement('concept-panel');
  panel.htmlFor = 'map';
  panel.addEventListener('concept-panel-close', (e) => void e.detail.id);
  void typed;
}

// ---- the React wrappers: an `on…` prop for every event, typed with its detail
type Handlers<P> = { [K in keyof ConceptEventMap as `on${Pascal<K>}`]: `on${Pascal<K>}` extends keyof P ? Equal<NonNullable<P[`on${Pascal<K>}`]>, (e: CustomEvent<ConceptEventMap[K]>) => void> : false };
type AllTrue<T> = Equal<T[keyof T], true>;
export type ReactEvents = [
  Expect<AllTrue<Handlers<ComponentProps<typeof ReactEntry.ConceptMap>>>>,
  Expect<AllTrue<Handlers<ComponentProps<typeof ReactEntry.ConceptGraph>>>>,
  Expect<AllTrue<Handlers<ComponentProps<typeof ReactEntry.ConceptPanel>>>>,
];
export type ReactProps = [
  Expect<Equal<ComponentProps<typeof ReactEntry.ConceptPanel>['htmlFor'], string | null | undefined>>,
  Expect<Equal<ComponentProps<typeof ReactEntry.ConceptMap>['mode'], 'explore' | 'present' | undefined>>,
];
