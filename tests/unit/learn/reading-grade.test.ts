import { describe, expect, it } from 'vitest';
import { extractBodyText, extractStrings, readingEase, readingGrade, syllablesEs, syllablesFr } from '../../../scripts/reading-grade-lib.mjs';
import { MAX_GRADE, measure, MIN_EASE } from '../../../scripts/reading-grade.mjs';

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

describe('reading ease in French (Kandel & Moles) and Spanish (Szigriszt-Pazos, INFLESZ)', () => {
  it('counts Spanish syllables by nucleus: hiatus, diphthongs, a silent u, a final y', () => {
    const counts = Object.fromEntries(['leer', 'país', 'oído', 'ciudad', 'muerto', 'que', 'guerra', 'hoy', 'y', 'estaría', 'agua', 'pensamientos'].map((w) => [w, syllablesEs(w)]));
    expect(counts).toEqual({ leer: 2, país: 2, oído: 3, ciudad: 2, muerto: 2, que: 1, guerra: 2, hoy: 1, y: 1, estaría: 4, agua: 2, pensamientos: 4 });
  });

  it('counts French syllables as written: vowel groups, a final mute e, elisions, a silent u', () => {
    const counts = Object.fromEntries(['idée', 'personne', 'personnes', 'aujourd’hui', 'vous', 'pensé', 'traitement', 'l’équipe', 'qu’il', 'guérir', 'été'].map((w) => [w, syllablesFr(w)]));
    expect(counts).toEqual({ idée: 2, personne: 2, personnes: 2, 'aujourd’hui': 3, vous: 1, pensé: 2, traitement: 3, 'l’équipe': 2, 'qu’il': 1, guérir: 2, été: 2 });
  });

  it('applies each formula: 207 − 1.015 × words per sentence − 73.6 × syllables per word (fr); 206.835 − 62.3 × syllables per word − words per sentence (es)', () => {
    // "Vous avez le choix." 4 words, 1 sentence, 1+2+1+1 = 5 syllables.
    expect(readingEase('Vous avez le choix.', 'fr')).toMatchObject({ words: 4, sentences: 1, syllables: 5 });
    expect(readingEase('Vous avez le choix.', 'fr').ease).toBeCloseTo(207 - 1.015 * 4 - 73.6 * (5 / 4), 6);
    // "Usted puede elegir." 3 words, 1 sentence, 2+2+3 = 7 syllables.
    expect(readingEase('Usted puede elegir.', 'es').ease).toBeCloseTo(206.835 - 62.3 * (7 / 3) - 3, 6);
  });

  it('passes plain prose and fails dense prose in each language, with the limits the issue sets (controls)', () => {
    expect(MIN_EASE).toEqual({ fr: 60, es: 55 });
    const plainFr = 'Vous pouvez appeler à toute heure. Une personne vous répond. Elle vous écoute sans juger.';
    const denseFr = 'La pharmacothérapie agoniste opioïde constitue une intervention thérapeutique multidimensionnelle particulièrement recommandée concernant les populations présentant simultanément des comorbidités psychiatriques et toxicologiques considérables.';
    expect(measure('fr', plainFr)?.ok).toBe(true);
    expect(measure('fr', denseFr)?.ok).toBe(false);
    const plainEs = 'Puede llamar a cualquier hora. Una persona le contesta. Le escucha sin juzgar.';
    const denseEs = 'La farmacoterapia agonista opioide constituye una intervención terapéutica multidimensional especialmente recomendada para poblaciones que presentan simultáneamente comorbilidades psiquiátricas y toxicológicas considerables.';
    expect(measure('es', plainEs)?.ok).toBe(true);
    expect(measure('es', denseEs)?.ok).toBe(false);
    expect(measure('de', 'Ein Satz.')).toBeNull();
  });
});
