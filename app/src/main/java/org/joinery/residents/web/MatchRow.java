package org.joinery.residents.web;

import java.util.List;
import org.joinery.linkage.live.FieldAgreement;
import org.joinery.index.ResidentIndex;
import org.joinery.linkage.live.Detail;

/**
 * One person in the results, as the page shows them: the Joinery ID, the match probability in words, and for
 * each detail the practitioner gave whether it agreed. Stored values are never shown: only the agreement.
 *
 * @param probabilityKey message key of the probability, with {@code percent} as its argument
 */
record MatchRow(String joineryId, String probabilityKey, long percent, List<Tag> details) {

    /** One detail's agreement, as a GOV.UK tag. */
    record Tag(String labelKey, String tagKey, String tagClass) {
    }

    static MatchRow of(ResidentIndex.PersonMatch match) {
        double p = match.matchProbability();
        // "100%" would claim certainty a probability never has.
        String key = p > 0.99 ? "find.results.probability.over99" : "find.results.probability";
        List<Tag> tags = match.details().stream().filter(d -> d.agreement() != FieldAgreement.NOT_GIVEN).map(MatchRow::tag).toList();
        return new MatchRow(match.joineryId(), key, (long) Math.floor(p * 100), tags);
    }

    private static Tag tag(Detail detail) {
        String label = "find.detail." + (detail.field() == null ? "other" : detail.field().jsonName());
        return switch (detail.agreement()) {
            case AGREED -> new Tag(label, "find.agreement.agreed", "govuk-tag--green");
            case PARTLY_AGREED -> new Tag(label, "find.agreement.partly", "govuk-tag--yellow");
            case DIFFERED -> new Tag(label, "find.agreement.differed", "govuk-tag--red");
            case NOT_HELD, NOT_GIVEN -> new Tag(label, "find.agreement.notHeld", "govuk-tag--grey");
        };
    }
}
