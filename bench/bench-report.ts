/**
 * Collects benchmark results for `npm run bench`: printed as they come and written to
 * bench/results/latest.json and latest.md at the end. Timings live here, never in tests.
 */
export interface BenchMetric {
  name: string;
  value: number;
  unit: string;
  /** The target the issue set, as text ("< 15 ms"), when there is one. */
  target?: string;
  note?: string;
}

export class BenchReport {
  readonly sections: { title: string; metrics: BenchMetric[] }[] = [];

  section(title: string): (metric: BenchMetric) => void {
    const section = { title, metrics: [] as BenchMetric[] };
    this.sections.push(section);
    console.log(`\n## ${title}`);
    return (metric) => {
      section.metrics.push(metric);
      const value = Number.isInteger(metric.value) ? String(metric.value) : metric.value.toFixed(metric.value < 10 ? 2 : 1);
      console.log(`  ${metric.name.padEnd(48)} ${value.padStart(10)} ${metric.unit}${metric.target ? `   (target ${metric.target})` : ''}${metric.note ? `   ${metric.note}` : ''}`);
    };
  }

  toMarkdown(meta: Record<string, string>): string {
    const lines = ['# Carnet benchmark results', '', ...Object.entries(meta).map(([k, v]) => `- ${k}: ${v}`), ''];
    for (const section of this.sections) {
      lines.push(`## ${section.title}`, '', '| metric | value | unit | target | note |', '|---|---:|---|---|---|');
      for (const m of section.metrics) lines.push(`| ${m.name} | ${Number.isInteger(m.value) ? m.value : m.value.toFixed(2)} | ${m.unit} | ${m.target ?? ''} | ${m.note ?? ''} |`);
      lines.push('');
    }
    return lines.join('\n');
  }
}

/** Percentile of a list of numbers (nearest-rank). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function peakRssMb(): number {
  // maxRSS is in kilobytes: the process's peak resident memory so far.
  return process.resourceUsage().maxRSS / 1024;
}
