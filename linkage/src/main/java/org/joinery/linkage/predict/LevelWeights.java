package org.joinery.linkage.predict;

import java.util.List;
import org.joinery.linkage.model.Comparison;
import org.joinery.linkage.model.Level;
import org.joinery.linkage.model.Model;

/**
 * A trained model's level weights as flat arrays, and for each comparison the level that carries a
 * term-frequency adjustment (-1: none) with its log2 u: what the batch scorer and the live index both add up.
 */
public record LevelWeights(double[][] weights, int[] tfLevel, double[] tfLog2U) {

    public static LevelWeights of(Model model) {
        int n = model.comparisons().size();
        double[][] weights = new double[n][];
        int[] tfLevel = new int[n];
        double[] tfLog2U = new double[n];
        for (int c = 0; c < n; c++) {
            Comparison comparison = model.comparisons().get(c);
            List<Level> levels = comparison.levels();
            weights[c] = levels.stream().mapToDouble(Level::weight).toArray();
            tfLevel[c] = -1;
            for (int l = 0; l < levels.size(); l++) {
                if (levels.get(l).termFrequency()) {
                    tfLevel[c] = l;
                    tfLog2U[c] = Level.log2(levels.get(l).u());
                }
            }
        }
        return new LevelWeights(weights, tfLevel, tfLog2U);
    }
}
