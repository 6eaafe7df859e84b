package org.joinery.linkage.compare;

import java.time.LocalDate;

/** Date comparisons on dates held as {@code yyyymmdd} integers (0 = missing). */
public final class Dates {

    private Dates() {
    }

    public static int fromIso(String iso) {
        if (iso == null) {
            return 0;
        }
        LocalDate date = LocalDate.parse(iso);
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    public static int epochDay(int yyyymmdd) {
        return (int) LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100).toEpochDay();
    }

    /** Same year, and the day of one is the month of the other and the other way round. */
    public static boolean dayMonthSwapped(int a, int b) {
        int dayA = a % 100;
        int monthA = a / 100 % 100;
        int dayB = b % 100;
        int monthB = b / 100 % 100;
        return a / 10000 == b / 10000 && dayA == monthB && monthA == dayB && a != b;
    }

    /** The eight digits differ in exactly one place. */
    public static boolean oneDigitOff(int a, int b) {
        int differences = 0;
        for (int i = 0; i < 8; i++) {
            if (a % 10 != b % 10) {
                differences++;
            }
            a /= 10;
            b /= 10;
        }
        return differences == 1;
    }
}
