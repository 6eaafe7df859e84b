package org.joinery.linkage.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.Model;

/**
 * A trained model's level weights as flat arrays, including each comparison's
 * {@link Comparison#otherUnknownLevel() derived level} after its own, and for each level that carries a
 * term-frequency adjustment its log2 u (NaN: none): what the batch scorer and the live index both add up.
 */
public record LevelWeights(double[][] weights, double[][] tfLog2U) {

    public static LevelWeights of(Model model) {
        int n = model.comparisons().size();
        double[][] weights = new double[n][];
        double[][] tfLog2U = new double[n][];
        for (int c = 0; c < n; c++) {
            Comparison comparison = model.comparisons().get(c);
            List<Level> levels = new ArrayList<>(comparison.levels());
            comparison.otherUnknownLevel().ifPresent(levels::add);
            weights[c] = levels.stream().mapToDouble(Level::weight).toArray();
            tfLog2U[c] = new double[levels.size()];
            Arrays.fill(tfLog2U[c], Double.NaN);
            for (int l = 0; l < levels.size(); l++) {
                if (levels.get(l).termFrequency()) {
                    tfLog2U[c][l] = Level.log2(levels.get(l).u());
                }
            }
        }
        return new LevelWeights(weights, tfLog2U);
    }

    /** Whether the comparison's level at {@code level} is term-frequency adjusted. */
    public static boolean adjusted(double[][] tfLog2U, int comparison, int level) {
        return !Double.isNaN(tfLog2U[comparison][level]);
    }
}
