import { describe, expect, it } from 'vitest';
import { extractBodyText, readingGrade } from '../../../scripts/reading-grade-lib.mjs';

const grade = readingGrade;

describe('reading grade (Flesch-Kincaid)', () => {
  it('scores short plain sentences low and long technical ones high', () => {
    const plain = grade('The cat sat on the mat. It was warm. We like the sun.');
    const hard = grade(
      'Pharmacological interventions targeting mu-opioid receptor neuroadaptations demonstrate considerable heterogeneity in longitudinal observational investigations of comorbid psychiatric presentations.',
    );
    expect(plain.grade).toBeLessThan(3);
    expect(hard.grade).toBeGreaterThan(15);
    expect(plain.sentences).toBe(3);
    expect(plain.words).toBe(13);
  });

  it('ignores citation markers and leaves out headings and references', () => {
    const text = extractBodyText({
      sections: [{ heading: 'An Extraordinarily Complicated Heading', blocks: [{ type: 'p', text: 'It helps. [1]' }] }],
      references: [{ title: 'Unreadable bibliographic nomenclature' }],
    });
    expect(text).toBe('It helps.');
  });
});
