package org.joinery.synth;

import java.util.Map;

/** The rate of each error type in each source: the defaults scaled by the source, or a rate set for all. */
final class ErrorRates {

    private final double[][] rates = new double[SyntheticSource.values().length][ErrorType.values().length];

    ErrorRates(Map<ErrorType, Double> overrides) {
        Map<ErrorType, Double> set = overrides == null ? Map.of() : overrides;
        for (SyntheticSource source : SyntheticSource.values()) {
            for (ErrorType type : ErrorType.values()) {
                Double override = set.get(type);
                rates[source.ordinal()][type.ordinal()] = override != null ? override
                        : Math.min(1.0, type.defaultRate() * source.errorFactor());
            }
        }
    }

    double rate(SyntheticSource source, ErrorType type) {
        return rates[source.ordinal()][type.ordinal()];
    }
}
