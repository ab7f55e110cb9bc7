import { describe, expect, it } from 'vitest';
import { formatCoverage } from '../../../analysis/index.js';

describe('formatCoverage', () => {
  it('should say that nothing was covered when no machine was hosted, not that every transition was taken', () => {
    const text = formatCoverage({ schema: 'agentsim.coverage/1', runs: 1, machines: [], faultStates: {} }, 'empty');
    expect(text).toMatch(/no machine was hosted/);
    expect(text).not.toMatch(/every declared transition was taken/);
  });
});
