/**
 * The CSV export of the whole requests list, one download at a time (it is a report, not a screen
 * many agents reload): how soon it starts, how long it takes, how big it is.
 */
export interface ExportFigures {
  /** Median time to the first bytes: short when rows are streamed page by page, not gathered first. */
  firstBytesMs: number;
  medianMs: number;
  rows: number;
  megabytes: number;
}

/** Reads the download as it comes, keeping nothing but counts. */
async function download(base: string, cookie: string) {
  const started = performance.now();
  const res = await fetch(`${base}/api/requests.csv`, { headers: { cookie } });
  if (!res.ok || !res.body) throw new Error(`bench: export answered ${res.status}`);
  let firstBytesMs = 0;
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body) {
    if (bytes === 0) firstBytesMs = performance.now() - started;
    bytes += chunk.byteLength;
    for (const byte of chunk) if (byte === 0x0a) lines += 1;
  }
  return { firstBytesMs, ms: performance.now() - started, bytes, lines };
}

const median = (values: number[]) => Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0);

export async function measureExport(base: string, cookie: string, times = 5): Promise<ExportFigures> {
  const runs = [];
  for (let i = 0; i < times; i += 1) runs.push(await download(base, cookie));
  const last = runs[runs.length - 1];
  return {
    firstBytesMs: median(runs.map((r) => r.firstBytesMs)),
    medianMs: median(runs.map((r) => r.ms)),
    // The header line aside; the generated descriptions hold no line breaks.
    rows: (last?.lines ?? 1) - 1,
    megabytes: Number(((last?.bytes ?? 0) / 1e6).toFixed(1)),
  };
}
