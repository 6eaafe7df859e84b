package org.joinery.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What a load run measured: response times in microseconds (all requests, searches, person pages), the
 * searches that listed nobody, the requests each practitioner had answered, the errors, and how busy the
 * machine was meanwhile.
 *
 * @param answered per username, the searches and person pages answered as they should be
 */
public record LoadResult(int users, double seconds, Histogram all, Histogram searches, Histogram persons,
                         long emptySearches, long errors,
                         List<String> firstErrors, Map<String, Answered> answered, double signInSeconds, MachineLoad load) {

    /** Per practitioner: searches and person pages that were answered 200. */
    public record Answered(long searches, long persons) {
    }

    /** The 1-minute load average at the start, the end, and its mean and highest when sampled during the run. */
    public record MachineLoad(double start, double end, double mean, double max, int processors) {
    }

    public double throughput() {
        return all.getTotalCount() / seconds;
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%d practitioners signed in in %.1f s; measured for %.1f s%n", users,
                signInSeconds, seconds));
        line(text, "all requests", all);
        line(text, "searches (POST /find)", searches);
        line(text, "person pages", persons);
        text.append(String.format(Locale.ROOT, "searches listing nobody: %d of %d%n", emptySearches, searches.getTotalCount()));
        text.append(String.format(Locale.ROOT, "throughput: %.1f requests per second; errors: %d%n", throughput(), errors));
        for (String error : firstErrors) {
            text.append("  error: ").append(error).append('\n');
        }
        text.append(String.format(Locale.ROOT, "load average (1 min) on %d processors: %.2f at start, %.2f at end,"
                + " mean %.2f, max %.2f%n", load.processors(), load.start(), load.end(), load.mean(), load.max()));
        return text.toString();
    }

    private static void line(StringBuilder text, String label, Histogram h) {
        text.append(String.format(Locale.ROOT, "%-22s n=%-8d p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                label, h.getTotalCount(), ms(h, 50), ms(h, 95), ms(h, 99), h.getMaxValue() / 1000.0));
    }

    private static double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }
}
