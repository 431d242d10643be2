import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useChartColors, type ChartColors } from './chart-theme.ts';

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  /** Which theme colour: the main bars, the comparison bars, or a line on its own 0-100 % scale. */
  style: 'primary' | 'secondary' | 'percentLine';
}

interface BarChartProps {
  labels: string[];
  series: ChartSeries[];
  /** Formats a value on the left axis (money, counts). */
  formatValue(value: number): string;
  /** Whole numbers only on the value axis (counts of customers). */
  counts?: boolean;
  /** A click on a bar: its index. */
  onPick(index: number): void;
  height?: number;
}

function buildOptions(uPlotClass: typeof uPlot, props: BarChartProps, width: number, colors: ChartColors): uPlot.Options {
  const { labels, series, formatValue } = props;
  const bars = series.filter((item) => item.style !== 'percentLine').length;
  const axis = { stroke: colors.muted, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1 } };
  let barIndex = 0;
  return {
    width,
    height: props.height ?? 220,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: false } },
    scales: { x: { time: false, range: [-0.5, labels.length - 0.5] }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] }, pct: { range: [0, 100] } },
    axes: [
      // Every month fits from about 56 px a label; narrower, every second (third…) one is named.
      { ...axis, grid: { show: false }, splits: () => labels.map((_label, index) => index), values: (_u, splits) => splits.map((index) => (index % Math.max(1, Math.ceil((labels.length * 56) / width)) === 0 ? (labels[index] ?? '') : '')) },
      { ...axis, size: 70, values: (_u, splits) => splits.map(formatValue), ...(props.counts ? { incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000] } : {}) },
      ...(series.some((item) => item.style === 'percentLine') ? [{ ...axis, scale: 'pct', side: 1 as const, grid: { show: false }, values: (_u: uPlot, splits: number[]) => splits.map((value) => `${value}%`) }] : []),
    ],
    series: [
      {},
      ...series.map((item): uPlot.Series => {
        if (item.style === 'percentLine') return { label: item.label, scale: 'pct', stroke: colors.line, width: 2, points: { show: true, size: 5, fill: colors.line } };
        // Two series side by side: the first left of the tick, the second right of it.
        const align = bars === 1 ? 0 : barIndex++ === 0 ? -1 : 1;
        const colour = item.style === 'primary' ? colors.primary : colors.secondary;
        return { label: item.label, stroke: colour, fill: colour, width: 0, paths: uPlotClass.paths.bars!({ size: [bars === 1 ? 0.7 : 0.4, 60], align: align as -1 | 0 | 1 }), points: { show: false } };
      }),
    ],
  };
}

/**
 * A bar chart drawn by uPlot on a canvas. Hidden from screen readers (aria-hidden): the table
 * beside every chart carries the same figures, and its rows do what a click on a bar does.
 * Redrawn when the data, the width or the theme change.
 */
export function BarChart(props: BarChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;
  const colors = useChartColors();
  const { labels, series } = props;

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    let chart: uPlot | null = null;
    let resize: ResizeObserver | null = null;
    let gone = false;
    const data = [labels.map((_label, index) => index), ...series.map((item) => item.values)] as uPlot.AlignedData;
    // Loaded on first use: the Reports screen's own chunk, and no canvas code in the rest of the app.
    import('uplot')
      .then(({ default: uPlotClass }) => {
        if (gone) return;
        chart = new uPlotClass(buildOptions(uPlotClass, props, Math.max(element.clientWidth, 280), colors), data, element);
        const drawn = chart;
        drawn.over.addEventListener('click', () => {
          const index = drawn.cursor.idx;
          if (index !== null && index !== undefined) pick.current(index);
        });
        resize = typeof ResizeObserver === 'function' ? new ResizeObserver(() => drawn.setSize({ width: Math.max(element.clientWidth, 280), height: props.height ?? 220 })) : null;
        resize?.observe(element);
      })
      // No canvas (a test DOM): the table beside says it all.
      .catch(() => undefined);
    return () => {
      gone = true;
      resize?.disconnect();
      chart?.destroy();
    };
    // Rebuilt when the figures or the theme change; the click handler is read through a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [labels, series, colors]);

  return <div className="report-chart" ref={holder} aria-hidden="true" />;
}
