// Splitting an answer into plain and highlighted runs, by character spans. Pure: no DOM.

/** What a highlighted run is. */
export type MarkKind = "evidence" | "red-flag";

/** A span of the answer to highlight, and why. */
export interface Mark {
  readonly span: readonly [number, number];
  readonly kind: MarkKind;
  /** What was found there, for a tooltip and for screen readers. */
  readonly note: string;
}

/** A run of the answer: plain, or highlighted with the notes of what was found there. */
export interface Segment {
  readonly text: string;
  readonly kind: "plain" | MarkKind;
  readonly notes: readonly string[];
}

const rank = { plain: 0, evidence: 1, "red-flag": 2 } as const;

/**
 * Splits a text into runs at the edges of the marks. Where marks overlap, a red flag wins over
 * evidence and the notes of both are kept; spans outside the text are clipped, empty ones dropped.
 *
 * @param text - the answer
 * @param marks - spans to highlight
 * @returns the runs, in order; joined, they give back the text
 * @example
 * segmentText("I listened. It worked.", [{ span: [2, 10], kind: "evidence", note: "listens" }]).map((s) => s.text)
 * //=> ["I ", "listened", ". It worked."]
 */
export function segmentText(text: string, marks: readonly Mark[]): Segment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(text.length, m.span[0])), end: Math.max(0, Math.min(text.length, m.span[1])) }))
    .filter((m) => m.end > m.start);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? 0;
    const covering = valid.filter((m) => m.start <= start && m.end >= end);
    const kind = covering.reduce<Segment["kind"]>((best, m) => (rank[m.kind] > rank[best] ? m.kind : best), "plain");
    const notes = [...new Set(covering.map((m) => m.note))];
    const last = segments.at(-1);
    if (last && last.kind === kind && last.notes.join("\n") === notes.join("\n")) {
      segments[segments.length - 1] = { ...last, text: last.text + text.slice(start, end) };
    } else {
      segments.push({ text: text.slice(start, end), kind, notes });
    }
  }
  return segments;
}
