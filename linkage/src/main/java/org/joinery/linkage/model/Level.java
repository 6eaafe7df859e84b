package org.joinery.linkage.model;

/**
 * One level of a comparison. {@code m} and {@code u} are NaN until trained; the null level never has them.
 *
 * @param termFrequency whether an agreement at this level is adjusted by how common the value is
 */
public record Level(LevelKind kind, double parameter, boolean termFrequency, double m, double u) {

    public static Level of(LevelKind kind) {
        return new Level(kind, Double.NaN, false, Double.NaN, Double.NaN);
    }

    public static Level of(LevelKind kind, double parameter) {
        return new Level(kind, parameter, false, Double.NaN, Double.NaN);
    }

    public Level withTermFrequency() {
        return new Level(kind, parameter, true, m, u);
    }

    public Level withProbabilities(double newM, double newU) {
        return new Level(kind, parameter, termFrequency, newM, newU);
    }

    public boolean trained() {
        return !Double.isNaN(m) && !Double.isNaN(u);
    }

    /** Log2 Bayes factor of agreeing at this level; 0 for the null level. */
    public double weight() {
        return kind == LevelKind.NULL ? 0 : log2(m / u);
    }

    public String label() {
        return switch (kind) {
            case JARO_WINKLER -> "Jaro-Winkler >= " + trim(parameter);
            case DAMERAU_LEVENSHTEIN -> "Damerau-Levenshtein <= " + trim(parameter);
            case WITHIN_YEARS -> "within " + trim(parameter) + " years";
            default -> kind.jsonName();
        };
    }

    static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    public static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
