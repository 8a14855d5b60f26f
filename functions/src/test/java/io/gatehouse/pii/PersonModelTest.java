package io.gatehouse.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped PERSON model loads, and its training tool is deterministic. */
class PersonModelTest {

    @Test
    void theShippedModelLoadsAndSeparatesANameFromAnOrdinaryWord() {
        assertThat(PersonModel.SHIPPED.size()).isGreaterThan(1_000);
        PersonTokens t = PersonTokens.of("Anna Kowalska called. The invoice", null);
        double name =
                PersonModel.SHIPPED.probability(
                        PersonFeatures.of(t, 0, 2, PersonFeatures.WHOLE_RUN));
        double word =
                PersonModel.SHIPPED.probability(
                        PersonFeatures.of(t, 4, 5, PersonFeatures.WHOLE_RUN));
        assertThat(name).isGreaterThan(0.5);
        assertThat(word).isLessThan(0.5);
    }

    @Test
    void hashedScoringAgreesWithTheFeatureNamesItWasTrainedOn() {
        PersonFeatureKeys keys = PersonFeatureKeys.scoring(PersonModel.SHIPPED);
        for (String text :
                List.of(
                        "Anna Kowalska called. The invoice",
                        "Seen by Dr. Okafor, J. R. Smith and KOWALSKI, Jan today.",
                        "Gespräch mit Herrn Weber über die Rechnung.",
                        "hey lukas, got a sec?")) {
            PersonTokens t = PersonTokens.of(text, null);
            for (int[][] group : PersonDetector.candidateGroups(t)) {
                for (int[] o : group) {
                    double byName =
                            PersonModel.SHIPPED.probability(PersonFeatures.of(t, o[0], o[1], o[2]));
                    assertThat(PersonModel.SHIPPED.probability(t, o[0], o[1], o[2], keys))
                            .as(text)
                            .isEqualTo(byName);
                }
            }
        }
        assertThat(PersonModel.SHIPPED.weight(PersonFeatureKeys.hash("no such feature"))).isZero();
    }

    @Test
    void trainingOnTheSameSeedGivesTheSameModel() {
        List<PersonTrainingData.Example> first = new PersonTrainingData(7).generate(400);
        List<PersonTrainingData.Example> second = new PersonTrainingData(7).generate(400);
        assertThat(first.stream().map(PersonTrainingData.Example::text).toList())
                .isEqualTo(second.stream().map(PersonTrainingData.Example::text).toList());
        String a =
                PersonModelTrainer.render(
                        PersonModelTrainer.train(PersonModelTrainer.samples(first), 2, 7), 400);
        String b =
                PersonModelTrainer.render(
                        PersonModelTrainer.train(PersonModelTrainer.samples(second), 2, 7), 400);
        assertThat(a).isEqualTo(b).contains("bias\t");
    }

    @Test
    void generatedSentencesMarkTheirNames() {
        for (PersonTrainingData.Example e : new PersonTrainingData(3).generate(200)) {
            for (int[] span : e.persons()) {
                assertThat(span[1]).isGreaterThan(span[0]);
                assertThat(Character.isLetter(e.text().charAt(span[0]))).as(e.text()).isTrue();
            }
        }
    }
}
