import { describe, expect, it } from 'vitest';
import { formatScreenSummary } from './format-text.js';
import { createSampleHit, createSampleResult } from './report-fixture.js';

describe('the terminal summary of a screening run', () => {
  it('states the matcher, its thresholds and the tool beside the dataset and input', () => {
    const summary = formatScreenSummary(createSampleResult([createSampleHit('Acme')]));
    const { matcher, tool, dataset, input } = createSampleResult([]).audit;
    expect(summary).toContain(
      `matcher ${matcher.version} (match ≥ ${matcher.matchThreshold}, review ≥ ${matcher.reviewThreshold}) · ${tool}`,
    );
    expect(summary).toContain(dataset.version);
    expect(summary).toContain(`sha256 ${input.sha256}`);
    expect(summary).not.toContain('No hits');
  });

  it('records a run without hits as dated and not a clearance', () => {
    const result = createSampleResult([]);
    result.summary.hits = 0;
    const summary = formatScreenSummary(result);
    expect(summary).toContain(`No hits — not a clearance`);
    expect(summary).toContain(result.audit.startedAt.slice(0, 10));
  });
});
