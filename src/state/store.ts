import { create } from 'zustand';
import { createLayersSlice, type LayersSlice } from './layers-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createProposalsSlice, type ProposalsSlice } from './proposals-slice';

/** The one app store, composed from slices (zustand slices pattern). Add a slice here, beside its file. */
export type AppState = LayersSlice & ProposalsSlice & NoticesSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createLayersSlice(...args),
  ...createProposalsSlice(...args),
  ...createNoticesSlice(...args),
}));
