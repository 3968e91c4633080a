import { describe, expect, it } from 'vitest';
import { ruleFormProblems } from './rule-form-check.js';

const ok = { name: 'slow api', targetPattern: 'prod-*', keyPattern: '*', threshold: '250', forS: '30' };

describe('ruleFormProblems', () => {
  it('accepts a complete rule, zero included', () => {
    expect(ruleFormProblems(ok)).toEqual({});
    expect(ruleFormProblems({ ...ok, threshold: '0', forS: '0' })).toEqual({});
  });
  it('names each missing or malformed field', () => {
    expect(ruleFormProblems({ name: ' ', targetPattern: '', keyPattern: '', threshold: '', forS: '' })).toEqual({
      name: 'A name is required.',
      targetPattern: 'A target glob is required (* for all).',
      keyPattern: 'A key glob is required (* for all).',
      threshold: 'A threshold is required.',
      forS: 'Whole seconds from 0 to 86400.',
    });
    expect(ruleFormProblems({ ...ok, threshold: '1e999' }).threshold).toBe('The threshold must be a number.');
    expect(ruleFormProblems({ ...ok, forS: '1.5' }).forS).toBeDefined();
    expect(ruleFormProblems({ ...ok, forS: '90000' }).forS).toBeDefined();
  });
});
