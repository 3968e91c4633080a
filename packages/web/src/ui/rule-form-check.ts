/** The rule form's fields as typed. */
export interface RuleFormFields {
  name: string;
  targetPattern: string;
  keyPattern: string;
  threshold: string;
  forS: string;
}

/** What is wrong with each field, in words; empty when the form can be sent. */
export function ruleFormProblems(f: RuleFormFields): Partial<Record<keyof RuleFormFields, string>> {
  const problems: Partial<Record<keyof RuleFormFields, string>> = {};
  if (f.name.trim() === '') problems.name = 'A name is required.';
  if (f.targetPattern.trim() === '') problems.targetPattern = 'A target glob is required (* for all).';
  if (f.keyPattern.trim() === '') problems.keyPattern = 'A key glob is required (* for all).';
  if (f.threshold.trim() === '') problems.threshold = 'A threshold is required.';
  else if (!Number.isFinite(Number(f.threshold))) problems.threshold = 'The threshold must be a number.';
  if (f.forS.trim() === '' || !/^\d+$/.test(f.forS.trim()) || Number(f.forS) > 86_400) problems.forS = 'Whole seconds from 0 to 86400.';
  return problems;
}
