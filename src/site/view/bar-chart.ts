/**
 * Geometry for the horizontal bar charts of the response-times page, drawn as inline SVG at
 * build time. Each group (a year, or all time) is a block of bars, one per series; an optional
 * marker draws a target as a dashed vertical line. Coordinates are in the SVG's own units; the
 * SVG scales to its container through its viewBox.
 */
export interface ChartBar {
  series: string;
  value: number;
  /** The value in words, printed at the end of the bar. */
  text: string;
}

export interface ChartInput {
  groups: { label: string; bars: ChartBar[] }[];
  /** Axis ticks: values and their labels; the last tick is the axis's end. */
  ticks: { value: number; label: string }[];
  marker?: { value: number; label: string };
}

export interface ChartLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  groups: { label: string; y: number; bars: (ChartBar & { x: number; y: number; width: number; height: number; textX: number })[] }[];
  ticks: { x: number; label: string }[];
  marker?: { x: number; label: string };
}

const WIDTH = 640;
const LABEL_WIDTH = 84;
const VALUE_ROOM = 110;
const BAR = 16;
const BAR_GAP = 4;
const GROUP_GAP = 14;
const TOP = 24;
const AXIS_ROOM = 26;

export function layoutChart(input: ChartInput): ChartLayout {
  const max = input.ticks.at(-1)?.value ?? 0;
  if (!(max > 0)) throw new Error('a chart needs a positive last tick');
  const left = LABEL_WIDTH;
  const right = WIDTH - VALUE_ROOM;
  const x = (v: number) => left + ((right - left) * Math.min(Math.max(v, 0), max)) / max;
  let y = TOP;
  const groups = input.groups.map((g) => {
    const top = y;
    const bars = g.bars.map((b, i) => {
      const barY = top + i * (BAR + BAR_GAP);
      const end = x(b.value);
      return { ...b, x: left, y: barY, width: Math.max(end - left, 1), height: BAR, textX: end + 6 };
    });
    y = top + g.bars.length * (BAR + BAR_GAP) - BAR_GAP + GROUP_GAP;
    return { label: g.label, y: top + (g.bars.length * (BAR + BAR_GAP) - BAR_GAP) / 2, bars };
  });
  const bottom = y - GROUP_GAP + 6;
  return {
    width: WIDTH,
    height: bottom + AXIS_ROOM,
    plot: { left, right, top: TOP - 6, bottom },
    groups,
    ticks: input.ticks.map((t) => ({ x: x(t.value), label: t.label })),
    marker: input.marker && { x: x(input.marker.value), label: input.marker.label },
  };
}

/** Four equal steps up to a round number at or above `max`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(max: number, label: (v: number) => string): { value: number; label: string }[] {
  const raw = Math.max(max, Number.EPSILON) / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return [0, 1, 2, 3, 4].map((i) => ({ value: i * step, label: label(i * step) }));
}
