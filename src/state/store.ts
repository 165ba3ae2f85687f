import { create } from 'zustand';
import { createLayersSlice, type LayersSlice } from './layers-slice';

/** The one app store, composed from slices (zustand slices pattern). Add a slice here, beside its file. */
export type AppState = LayersSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createLayersSlice(...args),
}));
