import { useEffect, useState } from 'react';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  primary: string;
  secondary: string;
  line: string;
}

function cssVariable(name: string, fallback: string): string {
  if (typeof document === 'undefined') return fallback;
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

/** The chart colours from the theme's CSS variables (theme.css), so charts follow light and dark. */
export function readChartColors(): ChartColors {
  return {
    text: cssVariable('--text', '#1c1c1f'),
    muted: cssVariable('--muted', '#5b5e66'),
    grid: cssVariable('--border', '#d9d9de'),
    primary: cssVariable('--accent', '#2952c8'),
    secondary: cssVariable('--border-strong', '#8a8b93'),
    line: cssVariable('--warning', '#8a5300'),
  };
}

/** The colours now, read again when the system switches between light and dark. */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(readChartColors);
  useEffect(() => {
    const query = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    if (!query) return;
    const update = () => setColors(readChartColors());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return colors;
}
