/**
 * Views the first view never shows, split into their own chunks (dynamic import) so a phone opening
 * a share link parses less code before the map appears. Each loads the first time it is rendered.
 */
import { lazy } from 'react';

export const ReportView = lazy(() => import('./report/ReportView').then((m) => ({ default: m.ReportView })));
export const CompareView = lazy(() => import('./compare/CompareView').then((m) => ({ default: m.CompareView })));
export const PresentationView = lazy(() => import('./presentation/PresentationView').then((m) => ({ default: m.PresentationView })));
