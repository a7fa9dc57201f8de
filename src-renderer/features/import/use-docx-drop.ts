/**
 * Dropping a Word file anywhere on the window starts "Nhập từ Word". Every file drag is taken
 * over while the hook is mounted, so a dropped file never makes the window navigate to it.
 */
import { useEffect, useState } from 'react';
import { isWordFileName } from './read-docx';

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/** Calls `onFile` with a Word file dropped on the window; `dragging` is true while one is held over it. */
export function useDocxDrop(onFile: (file: File) => void, onOther: (file: File) => void): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const enter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (isWordFileName(file)) onFile(file);
      else onOther(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFile, onOther]);
  return { dragging };
}
