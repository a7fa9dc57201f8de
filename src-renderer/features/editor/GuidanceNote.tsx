/** A template's guidance for one part: what goes there and, folded, an example from a real report. */
export function GuidanceNote({ guidance, example, testId }: { guidance?: string | undefined; example?: string | undefined; testId?: string }) {
  if (!guidance && !example) return null;
  return (
    <div className="guidance" data-testid={testId}>
      {guidance ? (
        <p className="guidance-text">
          <span className="guidance-label">Gợi ý: </span>
          {guidance}
        </p>
      ) : null}
      {example ? (
        <details className="guidance-example">
          <summary>Ví dụ từ một báo cáo thật</summary>
          <p>{example}</p>
        </details>
      ) : null}
    </div>
  );
}
