/**
 * Makes an element a drop zone for files: dropped files are queued for import (the dialog asks
 * whether they become proposals or a reference layer). Drags that carry no files are ignored, so
 * dragging on the map itself is untouched.
 */
import { useState, type DragEvent } from 'react';
import { useAppStore } from '../state/store';

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

export function useFileDrop(): {
  over: boolean;
  handlers: { onDragOver: (e: DragEvent) => void; onDragLeave: (e: DragEvent) => void; onDrop: (e: DragEvent) => void };
} {
  const [over, setOver] = useState(false);
  return {
    over,
    handlers: {
      onDragOver: (e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      },
      onDragLeave: (e) => {
        // Leaving for a child element is not leaving the zone.
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setOver(false);
      },
      onDrop: (e) => {
        setOver(false);
        const files = [...e.dataTransfer.files];
        if (files.length === 0) return;
        e.preventDefault();
        useAppStore.getState().queueImports(files, 'ask');
      },
    },
  };
}
