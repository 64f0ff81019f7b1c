// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { figureSections } from '../../src/popup/figure-sections.ts';
import type { FigureGroup, FigureMention } from '../../src/core/types.ts';

const mention = (over: Partial<FigureMention>): FigureMention => ({ reportId: 'r1', text: '87', value: 87, unit: 'person', start: 40, end: 42, ...over });

describe('figureSections: a figure of another report opens that report', () => {
  it.each<[string, Partial<FigureMention>, Array<number | undefined>]>([
    ['at its sentence', {}, ['r1', 40, 42]],
    ['at its top when the figure is in its headline (offsets are the title\'s)', { inTitle: true, start: 17, end: 19 }, ['r1']],
  ] as never)('%s', (_name, over, expected) => {
    const group: FigureGroup = { measure: 'death toll', status: 'diverging', mentions: [mention({ reportId: null, start: 0, end: 2 }), mention(over)] };
    const calls: unknown[][] = [];
    const sections = figureSections([group], new Map(), { open: (...args: unknown[]) => calls.push(args), fetchFullText: () => undefined });
    const button = sections.map((s) => s.querySelector('button.value.link')).find(Boolean) as HTMLButtonElement;
    button.click();
    expect(calls).toEqual([expected]);
  });
});
