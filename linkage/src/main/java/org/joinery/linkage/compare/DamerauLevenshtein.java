package org.joinery.linkage.compare;

/**
 * Whether two strings are within k edits (insert, delete, substitute, swap adjacent characters: optimal string
 * alignment distance). Bounded: it gives up as soon as k is exceeded. The caller passes scratch rows so the
 * scoring loop allocates nothing.
 */
public final class DamerauLevenshtein {

    private DamerauLevenshtein() {
    }

    public static boolean within(String a, String b, int k) {
        return within(a.toCharArray(), b.toCharArray(), k, new Scratch());
    }

    public static int distance(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        for (int k = 0; ; k++) {
            if (within(x, y, k, new Scratch())) {
                return k;
            }
        }
    }

    public static boolean within(char[] a, char[] b, int k, Scratch scratch) {
        int la = a.length;
        int lb = b.length;
        if (Math.abs(la - lb) > k) {
            return false;
        }
        // Only cells within k of the diagonal can stay within k; cells just outside the band hold k + 1.
        int big = k + 1;
        int[] previous2 = scratch.row(0, lb + 2);
        int[] previous = scratch.row(1, lb + 2);
        int[] current = scratch.row(2, lb + 2);
        for (int j = 0; j <= lb; j++) {
            previous[j] = Math.min(j, big);
        }
        previous[lb + 1] = big;
        for (int i = 1; i <= la; i++) {
            int lo = Math.max(1, i - k);
            int hi = Math.min(lb, i + k);
            current[lo - 1] = lo == 1 ? Math.min(i, big) : big;
            int rowMin = current[lo - 1];
            char ca = a[i - 1];
            for (int j = lo; j <= hi; j++) {
                char cb = b[j - 1];
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (ca == cb ? 0 : 1));
                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                value = Math.min(value, big);
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            current[hi + 1] = big;
            if (rowMin > k) {
                return false;
            }
            int[] spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return previous[lb] <= k;
    }

    /** Reusable rows for one thread. */
    public static final class Scratch {
        private final int[][] rows = {new int[32], new int[32], new int[32]};
        /** Jaro-Winkler's position table, kept here so each scoring thread has one without a thread-local lookup. */
        private final long[] positions = new long[64];

        public long[] jaroWinklerPositions() {
            return positions;
        }

        int[] row(int index, int length) {
            if (rows[index].length < length) {
                rows[index] = new int[Math.max(length, rows[index].length * 2)];
            }
            return rows[index];
        }
    }
}
