package org.joinery.residents;

import java.time.LocalDate;
import java.util.List;
import org.joinery.linking.PairExplanation;
import org.joinery.linking.SideBySide;

/**
 * The person page: the Joinery ID; the details of each record the reader may see, side by side; the
 * organisations that hold a record the reader may not see, with whom to contact; the organisations
 * involved; why the visible records were linked; and the person's merge and split history as the reader may see it.
 *
 * @param sideBySide null when the reader may see none of the person's records
 */
public record PersonPage(String joineryId, boolean retired, SideBySide sideBySide, List<HeldElsewhere> heldElsewhere,
                         List<Involved> involved, List<Link> links, List<HistoryEntry> history) {

    /** A record the reader may not see: only who holds it and whom to ask. */
    public record HeldElsewhere(String organisation, String source, String contact) {
    }

    /**
     * An open involvement the reader may know of: derived from a source's open records (what is its source's
     * title) or started by a practitioner (what is their reason).
     */
    public record Involved(String organisation, String what, String contact, LocalDate since, boolean yours) {
    }

    /** Two visible records the latest linkage run scored, with the waterfall of why. */
    public record Link(String left, String right, PairExplanation explanation) {
    }

    /**
     * One entry of the person's history as the reader sees it.
     *
     * @param reason null when it names records the reader may not see
     */
    public record HistoryEntry(LocalDate day, String kind, String otherJoineryId, String reason) {
    }

    /** How the page names one record: its organisation, source and record key. */
    public static String label(SideBySide.Column column) {
        return column.organisation() + ", " + column.source() + " (" + column.recordKey() + ")";
    }
}
