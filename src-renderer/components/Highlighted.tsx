interface HighlightedProps {
  text: string;
  /** [start, end) ranges of `text` to mark, as main's search returns them. */
  ranges: readonly (readonly [number, number])[];
}

/** Text with the given ranges wrapped in <mark>; bad or overlapping ranges are skipped. */
export function Highlighted({ text, ranges }: HighlightedProps) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const parts: { text: string; mark: boolean }[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push({ text: text.slice(at, start), mark: false });
    parts.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), mark: false });
  return (
    <>
      {parts.map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </>
  );
}
