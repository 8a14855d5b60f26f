package io.gatehouse.pii.eval;

/**
 * The counts behind one row of figures. At span level a gold span and a prediction are each counted
 * once, so {@code goldFound} (gold spans some prediction matched) and {@code predictedRight}
 * (predictions that matched some gold span) can differ: one prediction covering two gold names
 * finds both. At token level both are the tokens labelled and predicted alike.
 *
 * <p>A ratio with nothing to divide by is {@code NaN} (printed "n/a"), not 1: a type the engine
 * never predicts has no precision, and calling it perfect would flatter the overall table.
 */
public record Counts(long gold, long predicted, long goldFound, long predictedRight) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts other) {
        return new Counts(
                gold + other.gold,
                predicted + other.predicted,
                goldFound + other.goldFound,
                predictedRight + other.predictedRight);
    }

    public double precision() {
        return predicted == 0 ? Double.NaN : (double) predictedRight / predicted;
    }

    public double recall() {
        return gold == 0 ? Double.NaN : (double) goldFound / gold;
    }

    /** F-beta with beta 2, 5PR/(4P+R): recall weighs four times as much, since missed PII leaks. */
    public double f2() {
        double p = precision();
        double r = recall();
        if (p == 0 || r == 0) {
            return 0; // whatever the other figure, nothing was found right
        }
        if (Double.isNaN(p) || Double.isNaN(r)) {
            return Double.NaN;
        }
        return 5 * p * r / (4 * p + r);
    }
}
