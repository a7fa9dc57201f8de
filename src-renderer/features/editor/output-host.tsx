/**
 * Where the output actions live: the toolbar (print, PDF, email, DOCX, history) and the step
 * "Kiểm tra, in và gửi" share them. The host follows the whole draft (the print count reads Nơi
 * nhận), so it re-renders on every keystroke; it hands the actions to step 6 through a small
 * channel instead of a context, whose change would be searched for through the whole editor tree.
 */
import { createContext, useContext, useLayoutEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { OutputNotices } from '../output/OutputNotices';
import { useOutput, type OutputControls } from '../output/use-output';
import { EditorToolbar } from './EditorToolbar';
import type { SaveStatus } from './save-controller';
import { useEditorSelector } from './store/context';

/** What is about to happen with the draft: each asks first when the checks found problems. */
export type Guard = (action: 'export' | 'finish', run: () => void) => void;

export interface EditorOutput {
  /** Print, PDF and email; PDF and email ask first when the checks found problems. */
  output: OutputControls;
  /** "Xuất DOCX", asking first when the checks found problems. */
  exportDocx: () => void;
  exporting: boolean;
}

/** The latest output actions, with subscribers. */
interface OutputChannel {
  get(): EditorOutput | null;
  set(value: EditorOutput): void;
  subscribe(listener: () => void): () => void;
}

function createOutputChannel(): OutputChannel {
  let value: EditorOutput | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

const ChannelContext = createContext<OutputChannel | null>(null);

/** Provides the channel the toolbar fills and step 6 reads; stable for the editor's life. */
export function OutputChannelProvider({ children }: { children: ReactNode }) {
  const [channel] = useState(createOutputChannel);
  return <ChannelContext.Provider value={channel}>{children}</ChannelContext.Provider>;
}

function useChannel(): OutputChannel {
  const channel = useContext(ChannelContext);
  if (!channel) throw new Error('output channel missing');
  return channel;
}

/** The output actions of the draft being edited (null until the toolbar has rendered once). */
export function useEditorOutput(): EditorOutput | null {
  const channel = useChannel();
  return useSyncExternalStore(channel.subscribe, channel.get, channel.get);
}

interface OutputHostProps {
  flush: () => Promise<boolean>;
  guard: Guard;
  status: SaveStatus;
  exporter: { busy: boolean; run: () => Promise<void> };
  historyOpen: boolean;
  previewShown: boolean;
  onBack: () => void;
  onToggleHistory: () => void;
  onTogglePreview: () => void;
}

/** The editor's toolbar and output notices; publishes the output actions to the channel. */
export function OutputHost({ flush, guard, status, exporter, historyOpen, previewShown, onBack, onToggleHistory, onTogglePreview }: OutputHostProps) {
  const channel = useChannel();
  const draft = useEditorSelector((state) => state.draft);
  const raw = useOutput(draft, flush);
  const { pdf, email } = raw;
  const output = useMemo<OutputControls>(
    () => ({
      ...raw,
      // The question may wait for the clerk: the run itself starts only once they agreed.
      pdf: { ...pdf, run: async () => guard('export', () => void pdf.run()) },
      email: { ...email, run: async () => guard('export', () => void email.run()) },
    }),
    [raw, pdf, email, guard],
  );
  const { busy, run } = exporter;
  const value = useMemo<EditorOutput>(() => ({ output, exporting: busy, exportDocx: () => guard('export', () => void run()) }), [output, busy, run, guard]);
  useLayoutEffect(() => channel.set(value), [channel, value]);
  return (
    <>
      <EditorToolbar
        title={draft.title}
        status={status}
        exporting={busy}
        historyOpen={historyOpen}
        previewShown={previewShown}
        onBack={onBack}
        onToggleHistory={onToggleHistory}
        onTogglePreview={onTogglePreview}
        onExport={value.exportDocx}
        output={output}
      />
      <OutputNotices output={raw} />
    </>
  );
}
