package io.gatehouse.pii;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The PERSON detector's learned part: a logistic-regression model over {@link PersonFeatures},
 * trained by the test-tree tool {@code PersonModelTrainer} on generated sentences and shipped as
 * the text resource {@value #RESOURCE} (one {@code feature<TAB>weight} per line). Its output is a
 * probability: 0.5 or more means "a name".
 */
final class PersonModel {

    static final String RESOURCE = "person-model-v1.txt";
    static final PersonModel SHIPPED = load(RESOURCE);

    private final Map<String, Float> weights;

    PersonModel(Map<String, Float> weights) {
        this.weights = Map.copyOf(weights);
    }

    int size() {
        return weights.size();
    }

    double probability(List<String> features) {
        double z = 0;
        for (String feature : features) {
            Float w = weights.get(feature);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    static PersonModel load(String resource) {
        Map<String, Float> weights = new HashMap<>();
        try (InputStream in = PersonModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.lastIndexOf('\t');
                weights.put(line.substring(0, tab), Float.parseFloat(line.substring(tab + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PersonModel(weights);
    }
}
