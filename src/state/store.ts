import { create } from 'zustand';
import { createAppUpdateSlice, type AppUpdateSlice } from './app-update-slice';
import { createBuildSlice, type BuildSlice } from './build-slice';
import { createImportQueueSlice, type ImportQueueSlice } from './import-queue-slice';
import { createCameraSlice, type CameraSlice } from './camera-slice';
import { createHoverSlice, type HoverSlice } from './hover-slice';
import { createMeetingSlice, type MeetingSlice } from './meeting-slice';
import { createLayersSlice, type LayersSlice } from './layers-slice';
import { createModeSlice, type ModeSlice } from './mode-slice';
import { createOverlapSlice, type OverlapSlice } from './overlap-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createProposalsSlice, type ProposalsSlice } from './proposals-slice';
import { createReferenceLayersSlice, type ReferenceLayersSlice } from './reference-layers-slice';
import { createReportSlice, type ReportSlice } from './report-slice';
import { createResultsSlice, type ResultsSlice } from './results-slice';

/** The one app store, composed from slices (zustand slices pattern). Add a slice here, beside its file. */
export type AppState = LayersSlice &
  ProposalsSlice &
  NoticesSlice &
  ResultsSlice &
  HoverSlice &
  ModeSlice &
  AppUpdateSlice &
  ImportQueueSlice &
  ReferenceLayersSlice &
  ReportSlice &
  CameraSlice &
  MeetingSlice &
  OverlapSlice &
  BuildSlice;

export const useAppStore = create<AppState>()((...args) => ({
  ...createLayersSlice(...args),
  ...createProposalsSlice(...args),
  ...createNoticesSlice(...args),
  ...createResultsSlice(...args),
  ...createHoverSlice(...args),
  ...createModeSlice(...args),
  ...createAppUpdateSlice(...args),
  ...createImportQueueSlice(...args),
  ...createReferenceLayersSlice(...args),
  ...createReportSlice(...args),
  ...createCameraSlice(...args),
  ...createMeetingSlice(...args),
  ...createOverlapSlice(...args),
  ...createBuildSlice(...args),
}));
