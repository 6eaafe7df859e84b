package org.joinery.linking;

import java.util.Locale;

/** Supervised training was asked for, but too few review decisions say two current records are the same person. */
public class NotEnoughLabels extends RuntimeException {

    private final int have;
    private final int need;

    public NotEnoughLabels(int have, int need) {
        super(String.format(Locale.ROOT, "Supervised training needs at least %d review decisions saying two current records"
                + " are the same person; there are %d. Review more pairs, or train unsupervised (EM).", need, have));
        this.have = have;
        this.need = need;
    }

    public int have() {
        return have;
    }

    public int need() {
        return need;
    }
}
