package org.joinery.linkage.compare;

/**
 * Jaro-Winkler similarity (prefix scale 0.1, up to 4 prefix characters). Allocation-free for strings up to
 * 64 characters, using bit masks for the matched characters; longer strings fall back to arrays.
 */
public final class JaroWinkler {

    private static final ThreadLocal<long[]> POSITIONS = ThreadLocal.withInitial(() -> new long[64]);

    private JaroWinkler() {
    }

    public static double similarity(String a, String b) {
        return similarity(a.toCharArray(), b.toCharArray());
    }

    public static double similarity(char[] a, char[] b) {
        return similarity(a, b, POSITIONS.get());
    }

    /**
     * As {@link #similarity(char[], char[])}, with the caller's own position table (64 zeros, left as zeros),
     * which saves a thread-local lookup on every call in the scoring loop.
     */
    public static double similarity(char[] a, char[] b, long[] positions) {
        int la = a.length;
        int lb = b.length;
        if (la == 0 || lb == 0) {
            return la == lb ? 1 : 0;
        }
        if (la > 64 || lb > 64) {
            return winkler(a, b, LongJaro.jaro(a, b));
        }
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        // Positions of each character of b as bits, so each character of a finds its match in one step.
        for (int j = 0; j < lb; j++) {
            positions[b[j] & 63] |= 1L << j;
        }
        long matchedB = 0;
        long matchedA = 0;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a[i];
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            if (from > to) {
                break;
            }
            long inWindow = (-1L >>> (63 - to)) & (-1L << from);
            long candidates = positions[c & 63] & inWindow & ~matchedB;
            while (candidates != 0) {
                int j = Long.numberOfTrailingZeros(candidates);
                if (b[j] == c) {
                    matchedB |= 1L << j;
                    matchedA |= 1L << i;
                    matches++;
                    break;
                }
                candidates &= candidates - 1;
            }
        }
        for (int j = 0; j < lb; j++) {
            positions[b[j] & 63] = 0;
        }
        return finish(a, b, matchedA, matchedB, matches);
    }

    private static double finish(char[] a, char[] b, long matchedA, long matchedB, int matches) {
        int la = a.length;
        int lb = b.length;
        if (matches == 0) {
            return 0;
        }
        // The k-th matched character of a against the k-th of b: walk both sets of bits together.
        int transpositions = 0;
        long restA = matchedA;
        long restB = matchedB;
        while (restA != 0) {
            if (a[Long.numberOfTrailingZeros(restA)] != b[Long.numberOfTrailingZeros(restB)]) {
                transpositions++;
            }
            restA &= restA - 1;
            restB &= restB - 1;
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        return winkler(a, b, jaro);
    }

    private static double winkler(char[] a, char[] b, double jaro) {
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length, b.length));
        while (prefix < max && a[prefix] == b[prefix]) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** The general case for long strings, such as addresses over 64 characters. */
    private static final class LongJaro {
        static double jaro(char[] a, char[] b) {
            int window = Math.max(0, Math.max(a.length, b.length) / 2 - 1);
            boolean[] matchedA = new boolean[a.length];
            boolean[] matchedB = new boolean[b.length];
            int matches = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
                    if (!matchedB[j] && a[i] == b[j]) {
                        matchedA[i] = true;
                        matchedB[j] = true;
                        matches++;
                        break;
                    }
                }
            }
            if (matches == 0) {
                return 0;
            }
            int transpositions = 0;
            int j = 0;
            for (int i = 0; i < a.length; i++) {
                if (matchedA[i]) {
                    while (!matchedB[j]) {
                        j++;
                    }
                    if (a[i] != b[j]) {
                        transpositions++;
                    }
                    j++;
                }
            }
            double m = matches;
            return (m / a.length + m / b.length + (m - transpositions / 2.0) / m) / 3.0;
        }
    }
}
