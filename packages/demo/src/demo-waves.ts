/** A wave of the demo project. */
export interface DemoWave {
  key: string;
  label: string;
  opensAt: string;
  closesAt: string;
}

/** The demo project's three waves: a baseline, a mid-term and an end measurement, a year apart. */
export const demoWaves: readonly DemoWave[] = [
  {
    key: 'baseline',
    label: 'Baseline 2024',
    opensAt: '2024-03-01T00:00:00.000Z',
    closesAt: '2024-04-30T23:59:59.000Z',
  },
  {
    key: 'mid-term',
    label: 'Mid-term 2025',
    opensAt: '2025-03-01T00:00:00.000Z',
    closesAt: '2025-04-30T23:59:59.000Z',
  },
  {
    key: 'end',
    label: 'End 2026',
    opensAt: '2026-03-01T00:00:00.000Z',
    closesAt: '2026-04-30T23:59:59.000Z',
  },
];
