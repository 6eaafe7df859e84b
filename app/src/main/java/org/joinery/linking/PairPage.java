package org.joinery.linking;

import java.util.List;
import java.util.Map;
import org.joinery.index.ScoredPair;

/**
 * What a reviewer sees of one pair: both records side by side, each as received, the waterfall, and the
 * decision already made about them, if any (null when none).
 */
public record PairPage(ScoredPair pair, PairKey key, SideBySide sideBySide, List<AsReceived> asReceived,
                PairExplanation explanation, ReviewedPair decided) {

    /** One record's row exactly as its source sent it, column by column. */
    public record AsReceived(String heading, Map<String, String> columns) {
    }
}
