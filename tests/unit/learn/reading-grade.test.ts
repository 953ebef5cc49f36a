import { describe, expect, it } from 'vitest';
import { extractBodyText, extractStrings, readingGrade } from '../../../scripts/reading-grade-lib.mjs';
import { MAX_GRADE } from '../../../scripts/reading-grade.mjs';

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

  it('fails above grade 8, as content/style.md asks [H21]', () => {
    expect(MAX_GRADE).toBe(8);
  });

  it('reads a strings file as sentences: placeholders as words, no markup, no labels or references', () => {
    const text = extractStrings({
      button: 'Start',
      body: 'Call {{crisisAction}} <strong>now</strong> if you need to',
      references: [{ title: 'Unreadable bibliographic nomenclature for researchers' }],
      list: ['One thing you can do today', 'Go'],
    });
    expect(text).toBe('Call it now if you need to.\nOne thing you can do today.');
  });
});
