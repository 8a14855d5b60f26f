package io.gatehouse.pii;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Trains the PERSON model and writes {@code person-model-v5.txt}: logistic regression (AdaGrad,
 * fixed seeds) over the {@link PersonFeatures} of every span option {@link PersonDetector} offers
 * in sentences from {@link PersonTrainingData}; an option is positive when it is exactly a
 * generated name. A quarter of the listed names (chosen by a hash of the word) are made to look
 * unlisted, so the model also learns to find names no lexicon has, from their form and context.
 *
 * <p>Run: {@code java -cp <test classpath> io.gatehouse.pii.PersonModelTrainer [output]}; the same
 * code, seed and datafaker version give the same file byte for byte.
 */
public final class PersonModelTrainer {

    static final long SEED = 20250612L;
    static final int SENTENCES = 60_000;
    static final int EPOCHS = 6;
    static final int MIN_COUNT = 3;
    static final double DROPOUT = 0.3;

    record Sample(List<String> features, boolean name) {}

    private PersonModelTrainer() {}

    /** Training runs see some listed words as unlisted, so unlisted names are learnt too. */
    static boolean hiddenInTraining(String key) {
        return (key.hashCode() & 3) == 0;
    }

    static List<Sample> samples(List<PersonTrainingData.Example> examples) {
        List<Sample> samples = new ArrayList<>();
        for (PersonTrainingData.Example example : examples) {
            PersonTokens t = PersonTokens.of(example.text(), PersonModelTrainer::hiddenInTraining);
            for (int[][] group : PersonDetector.candidateGroups(t)) {
                for (int[] option : group) {
                    int start = t.start[option[0]];
                    int end = t.end[option[1] - 1];
                    boolean gold = false;
                    for (int[] person : example.persons()) {
                        gold |= person[0] == start && person[1] == end;
                    }
                    samples.add(
                            new Sample(
                                    PersonFeatures.of(t, option[0], option[1], option[2]), gold));
                }
            }
        }
        return samples;
    }

    static Map<String, Float> train(List<Sample> samples, int epochs, long seed) {
        Map<String, Integer> counts = new HashMap<>();
        for (Sample s : samples) {
            for (String f : s.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new TreeMap<>();
        counts.forEach(
                (f, c) -> {
                    if (c >= MIN_COUNT || f.equals("bias")) {
                        index.put(f, 0);
                    }
                });
        int k = 0;
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            e.setValue(k++);
        }
        int[][] rows = new int[samples.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] =
                    samples.get(i).features().stream()
                            .filter(index::containsKey)
                            .mapToInt(index::get)
                            .distinct()
                            .toArray();
        }
        double[] w = new double[k];
        double[] g2 = new double[k];
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        int bias = index.get("bias");
        double rate = 0.2;
        double l2 = 1e-4;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            boolean[] kept = new boolean[64];
            for (int r : order) {
                // feature dropout: each feature is left out of a step with probability DROPOUT, so
                // no
                // rare context word can carry a decision alone (and be undone by another, as "n2=."
                // was)
                int[] row = rows[r];
                if (kept.length < row.length) {
                    kept = new boolean[row.length];
                }
                double z = 0;
                for (int x = 0; x < row.length; x++) {
                    kept[x] = row[x] == bias || random.nextDouble() >= DROPOUT;
                    if (kept[x]) {
                        z += w[row[x]] / (row[x] == bias ? 1 : 1 - DROPOUT);
                    }
                }
                double p = 1 / (1 + Math.exp(-z));
                double g = p - (samples.get(r).name() ? 1 : 0);
                for (int x = 0; x < row.length; x++) {
                    if (!kept[x]) {
                        continue;
                    }
                    int f = row[x];
                    double grad = g + l2 * w[f];
                    g2[f] += grad * grad;
                    w[f] -= rate * grad / Math.sqrt(g2[f] + 1e-8);
                }
            }
        }
        Map<String, Float> weights = new TreeMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double v = w[e.getValue()];
            if (Math.abs(v) >= 0.02) {
                weights.put(e.getKey(), Float.parseFloat(String.format(Locale.ROOT, "%.4f", v)));
            }
        }
        return weights;
    }

    static final int HELD_OUT = 6_000;

    /**
     * The one calibration step: the shift of the bias (from -1 to +2 in steps of 0.25) that gives
     * the best span F2 on documents generated with another seed. Training sees more negatives per
     * name than it must in order to learn what is no name, so its raw probabilities are too shy for
     * a recall-first detector; F2 weighs a missed name four times a wrong one.
     */
    static float calibrate(Map<String, Float> weights, List<PersonTrainingData.Example> heldOut) {
        float best = 0;
        double bestF2 = -1;
        for (int step = -4; step <= 8; step++) {
            float shift = step * 0.25f;
            Map<String, Float> shifted = new HashMap<>(weights);
            shifted.put("bias", weights.get("bias") + shift);
            PersonDetector detector = new PersonDetector(new PersonModel(shifted));
            long tp = 0;
            long predicted = 0;
            long gold = 0;
            for (PersonTrainingData.Example e : heldOut) {
                List<Candidate> out = new ArrayList<>();
                detector.detect(e.text(), out);
                gold += e.persons().size();
                for (Candidate c : out) {
                    if (c.score() < 0.5) {
                        continue;
                    }
                    predicted++;
                    for (int[] person : e.persons()) {
                        if (person[0] < c.end() && c.start() < person[1]) {
                            tp++;
                            break;
                        }
                    }
                }
            }
            double precision = predicted == 0 ? 0 : tp / (double) predicted;
            double recall = gold == 0 ? 0 : tp / (double) gold;
            double f2 =
                    precision + recall == 0 ? 0 : 5 * precision * recall / (4 * precision + recall);
            System.out.printf(
                    Locale.ROOT,
                    "shift %.2f: precision %.3f recall %.3f F2 %.4f%n",
                    shift,
                    precision,
                    recall,
                    f2);
            if (f2 > bestF2 + 1e-9) {
                bestF2 = f2;
                best = shift;
            }
        }
        return best;
    }

    static String render(Map<String, Float> weights, int sentences) {
        StringBuilder b = new StringBuilder();
        b.append(
                "# Gatehouse PERSON model v5: logistic-regression weights over PersonFeatures, feature<TAB>weight.\n");
        b.append("# Trained by PersonModelTrainer (seed ")
                .append(SEED)
                .append(", ")
                .append(sentences)
                .append(" generated sentences, ")
                .append(EPOCHS)
                .append(" epochs) on sentences generated from templates\n");
        b.append(
                "# written for Gatehouse and fake values from datafaker 2.7.0 (Apache License 2.0). Do not edit by hand.\n");
        new TreeMap<>(weights)
                .forEach(
                        (f, v) ->
                                b.append(f)
                                        .append('\t')
                                        .append(String.format(Locale.ROOT, "%.4f", v))
                                        .append('\n'));
        return b.toString();
    }

    public static void main(String[] args) throws IOException {
        Path out =
                Path.of(
                        args.length > 0
                                ? args[0]
                                : "functions/src/main/resources/io/gatehouse/pii/"
                                        + PersonModel.RESOURCE);
        List<PersonTrainingData.Example> examples =
                new PersonTrainingData(SEED).generate(SENTENCES);
        List<Sample> samples = samples(examples);
        long positives = samples.stream().filter(Sample::name).count();
        Map<String, Float> weights = train(samples, EPOCHS, SEED);
        float shift = calibrate(weights, new PersonTrainingData(SEED + 1).generate(HELD_OUT));
        weights.put("bias", weights.get("bias") + shift);
        System.out.printf(
                Locale.ROOT,
                "bias shifted by %.2f on %d held-out generated documents%n",
                shift,
                HELD_OUT);
        Files.writeString(out, render(weights, SENTENCES), StandardCharsets.UTF_8);
        int goldTotal = 0;
        for (PersonTrainingData.Example e : examples) {
            goldTotal += e.persons().size();
        }
        System.out.printf(
                Locale.ROOT,
                "%d sentences, %d samples (%d positive, of %d generated names), %d weights -> %s%n",
                SENTENCES,
                samples.size(),
                positives,
                goldTotal,
                weights.size(),
                out);
        if (args.length > 1) {
            for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                System.out.println(
                        examples.get(i).text().replace("\n", "⏎")
                                + "  "
                                + examples.get(i).persons().stream()
                                        .map(
                                                p ->
                                                        examples.get(0).text().length() >= 0
                                                                ? "[" + p[0] + "," + p[1] + "]"
                                                                : "")
                                        .toList());
            }
        }
    }
}
