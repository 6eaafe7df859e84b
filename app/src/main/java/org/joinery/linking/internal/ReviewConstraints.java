package org.joinery.linking.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joinery.linkage.data.Records;
import org.joinery.linkage.predict.Guards;
import org.joinery.platform.JoineryProperties;

/**
 * Review decisions as engine record indexes: must-link pairs (same person) and cannot-link pairs (different
 * people). Decisions about a record that is no longer current are left out.
 */
record ReviewConstraints(int[][] mustLink, int[][] cannotLink) {

    static ReviewConstraints of(List<LabelledPair> labels, Records records) {
        Map<String, Integer> wanted = new HashMap<>();
        for (LabelledPair label : labels) {
            wanted.put(key(label.leftSource(), label.leftRecordKey()), -1);
            wanted.put(key(label.rightSource(), label.rightRecordKey()), -1);
        }
        if (!wanted.isEmpty()) {
            for (int i = 0; i < records.size(); i++) {
                String key = key(records.sources().get(records.source()[i]).name(), records.recordId()[i]);
                if (wanted.containsKey(key)) {
                    wanted.put(key, i);
                }
            }
        }
        List<int[]> must = new ArrayList<>();
        List<int[]> cannot = new ArrayList<>();
        for (LabelledPair label : labels) {
            int a = wanted.get(key(label.leftSource(), label.leftRecordKey()));
            int b = wanted.get(key(label.rightSource(), label.rightRecordKey()));
            if (a < 0 || b < 0 || a == b) {
                continue;
            }
            switch (label.decision()) {
                case SAME_PERSON -> must.add(new int[] {a, b});
                case DIFFERENT_PEOPLE -> cannot.add(new int[] {a, b});
                case CANNOT_TELL -> { }
            }
        }
        return new ReviewConstraints(must.toArray(int[][]::new), cannot.toArray(int[][]::new));
    }

    /** The guards of a run's "same person" decision: these decisions, the model's threshold and the settings' links. */
    Guards guards(double threshold, JoineryProperties.Linking linking) {
        return new Guards(threshold, linking.strongProbability(), linking.maxWeakLinks(), mustLink, cannotLink);
    }

    private static String key(String source, String recordKey) {
        return source + '\u0000' + recordKey;
    }
}
