package org.joinery.linkage.compare;

/**
 * Whether two addresses carry the same numbers (flat and house), in the same order: at one postcode this tells
 * one home from the next even when the street is written differently.
 */
public final class HouseNumbers {

    private HouseNumbers() {
    }

    /** True when both have at least one number and their runs of digits are the same, run by run. */
    public static boolean agree(char[] a, char[] b) {
        int i = 0;
        int j = 0;
        boolean any = false;
        while (true) {
            i = nextDigit(a, i);
            j = nextDigit(b, j);
            if (i == a.length || j == b.length) {
                return any && i == a.length && j == b.length;
            }
            while (i < a.length && j < b.length && isDigit(a[i]) && a[i] == b[j]) {
                i++;
                j++;
            }
            boolean endA = i == a.length || !isDigit(a[i]);
            boolean endB = j == b.length || !isDigit(b[j]);
            if (!endA || !endB) {
                return false;
            }
            any = true;
        }
    }

    private static int nextDigit(char[] s, int from) {
        int i = from;
        while (i < s.length && !isDigit(s[i])) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
