package org.joinery.synth;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What to generate: how many residents, from which seed, which sources, and any error rates set
 * for every source. The same options and seed always give byte-identical output.
 *
 * @param residents  number of residents, at least 1
 * @param seed       the random seed
 * @param sources    the sources to write, in order; empty means all
 * @param errorRates error rates (0 to 1) replacing each source's own rate for that error type
 */
public record BoroughOptions(long residents, long seed, List<SyntheticSource> sources, Map<ErrorType, Double> errorRates) {

    public static final long MAX_RESIDENTS = 10_000_000L;

    public BoroughOptions {
        if (residents < 1 || residents > MAX_RESIDENTS) {
            throw new InvalidBoroughOptions("--residents must be a whole number from 1 to " + MAX_RESIDENTS + ", but was " + residents + ".");
        }
        sources = sources == null || sources.isEmpty() ? List.of(SyntheticSource.values()) : List.copyOf(sources);
        if (sources.stream().distinct().count() != sources.size()) {
            throw new InvalidBoroughOptions("--sources names a source twice: " + sources + ".");
        }
        Map<ErrorType, Double> rates = new EnumMap<>(ErrorType.class);
        if (errorRates != null) {
            for (Map.Entry<ErrorType, Double> entry : errorRates.entrySet()) {
                double rate = entry.getValue();
                if (!(rate >= 0 && rate <= 1)) {
                    throw new InvalidBoroughOptions("--error-rate " + entry.getKey().optionName() + " must be between 0 and 1, but was "
                            + entry.getValue() + ".");
                }
                rates.put(entry.getKey(), rate);
            }
        }
        errorRates = Collections.unmodifiableMap(rates);
    }

    public static BoroughOptions of(long residents, long seed) {
        return new BoroughOptions(residents, seed, List.of(), Map.of());
    }

    /**
     * Options from command-line words: source names such as "probation" and error rates such as
     * "typo=0.05". Unknown names or rates that are not numbers from 0 to 1 are refused.
     */
    public static BoroughOptions parse(long residents, long seed, List<String> sourceNames, Map<String, String> rates) {
        List<SyntheticSource> sources = new ArrayList<>();
        for (String name : sourceNames == null ? List.<String>of() : sourceNames) {
            SyntheticSource source = SyntheticSource.fromSlug(name);
            if (source == null) {
                throw new InvalidBoroughOptions("--sources: there is no source called '" + name + "'. Choose from: " + sourceList() + ".");
            }
            sources.add(source);
        }
        Map<ErrorType, Double> errorRates = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : (rates == null ? Map.<String, String>of() : rates).entrySet()) {
            ErrorType type = ErrorType.fromOptionName(entry.getKey());
            if (type == null) {
                throw new InvalidBoroughOptions("--error-rate: there is no error type called '" + entry.getKey() + "'. Choose from: "
                        + errorTypeList() + ".");
            }
            try {
                errorRates.put(type, Double.parseDouble(entry.getValue().trim()));
            } catch (NumberFormatException e) {
                throw new InvalidBoroughOptions("--error-rate " + entry.getKey() + " must be a number between 0 and 1, but was '"
                        + entry.getValue() + "'.");
            }
        }
        return new BoroughOptions(residents, seed, sources, errorRates);
    }

    /** A one-line description that is equal for equal options; kept in the manifest. */
    public String canonical() {
        StringJoiner sourceNames = new StringJoiner(",");
        sources.forEach(source -> sourceNames.add(source.slug()));
        StringJoiner rates = new StringJoiner(",");
        errorRates.forEach((type, rate) -> rates.add(type.optionName() + "=" + rate));
        return String.format(Locale.ROOT, "residents=%d;seed=%d;sources=%s;error-rates=%s", residents, seed, sourceNames, rates);
    }

    static String sourceList() {
        StringJoiner names = new StringJoiner(", ");
        for (SyntheticSource source : SyntheticSource.values()) {
            names.add(source.slug());
        }
        return names.toString();
    }

    static String errorTypeList() {
        StringJoiner names = new StringJoiner(", ");
        for (ErrorType type : ErrorType.values()) {
            names.add(type.optionName());
        }
        return names.toString();
    }
}
