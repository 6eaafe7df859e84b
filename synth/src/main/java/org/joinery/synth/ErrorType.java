package org.joinery.synth;

import java.util.Locale;

/**
 * The kinds of error sources make. Each has a default rate: the chance that a record where the error
 * can occur has it (a nickname needs a forename with nicknames; a day/month swap needs a day of 12
 * or less that differs from the month; a stale address needs a move). Each source scales the
 * defaults by its own error profile; a rate given on the command line applies to every source as is.
 */
public enum ErrorType {
    /** A keyboard slip in the forename or surname: a neighbouring key, a dropped, doubled or swapped letter. */
    TYPO(0.03),
    /** A name written as it sounds (Stephen/Steven, Mohammed/Muhammad, Catherine/Kathryn). */
    PHONETIC(0.02),
    /** A nickname or short form recorded instead of the forename (Robert as Bob). */
    NICKNAME(0.08),
    /** Forename and surname recorded the wrong way round. */
    NAME_SWAP(0.01),
    /** A double-barrelled or hyphenated surname recorded as one part, or without the hyphen. */
    HYPHENATED_SURNAME(0.35),
    /** The surname before a change still used after it. */
    OLD_SURNAME(0.30),
    /** Day and month of the date of birth swapped. */
    DAY_MONTH_SWAP(0.02),
    /** A date of birth entered as a system default: 1 January of the year, or 1 January 1900. */
    DEFAULT_DATE(0.01),
    /** An address from before the resident's last move. */
    STALE_ADDRESS(0.15),
    /** One character of the postcode wrong, or its space lost. */
    POSTCODE_TYPO(0.02),
    /** One field the source holds left empty. */
    MISSING_FIELD(0.06),
    /** The same resident recorded twice in one source. */
    DUPLICATE(0.03);

    private final double defaultRate;

    ErrorType(double defaultRate) {
        this.defaultRate = defaultRate;
    }

    public double defaultRate() {
        return defaultRate;
    }

    /** The option name: "day-month-swap". */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ErrorType fromOptionName(String name) {
        for (ErrorType type : values()) {
            if (type.optionName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        return null;
    }
}
