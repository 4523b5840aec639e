import { LAYERS, type Layer } from '../reader/marks.ts';
import { createStore } from './store.ts';

/** The reader's settings that outlive one article: visible layers, open panel tab, list shown. */
export interface ReaderSettings {
  layers: Layer[];
  tab: PanelTab;
  listOpen: boolean;
  showRejected: boolean;
}

export type PanelTab = 'quotes' | 'entities' | 'frames' | 'codes';

export const readerSettings = createStore<ReaderSettings>(
  { layers: [...LAYERS], tab: 'quotes', listOpen: true, showRejected: false },
  'framescope.reader',
);

export function toggleLayer(layer: Layer): void {
  readerSettings.set((s) => ({
    ...s,
    layers: s.layers.includes(layer) ? s.layers.filter((l) => l !== layer) : [...s.layers, layer],
  }));
}

export function setTab(tab: PanelTab): void {
  readerSettings.set((s) => ({ ...s, tab }));
}
