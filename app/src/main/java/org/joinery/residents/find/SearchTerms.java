package org.joinery.residents.find;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joinery.linkage.model.PersonField;
import org.joinery.platform.InstallationSecret;
import org.springframework.stereotype.Component;

/**
 * The terms of a front-door search as its audit entry keeps them: one keyed hash per detail, over a normal form
 * of it, so that an information governance officer who types the same details (however spaced or capitalised)
 * finds the search, and nobody reading the log learns what was typed. The details come checked from
 * {@link FindForm}, on the front door and on the officer's "was this searched for?" alike.
 */
@Component
public class SearchTerms {

    /** The secret's name: its own, so these hashes cannot be matched against the sign-in throttle's. */
    private static final String SECRET = "audit-search-terms";

    private final InstallationSecret secrets;

    SearchTerms(InstallationSecret secrets) {
        this.secrets = secrets;
    }

    /** "field:hash" for each detail, in the order of the fields. */
    public List<String> hashed(Map<PersonField, String> details) {
        return details.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(term -> term.getKey().jsonName() + ":"
                        + secrets.keyedHash(SECRET, term.getKey().jsonName() + "=" + normalised(term.getKey(), term.getValue())))
                .toList();
    }

    /**
     * Names in lower case with single spaces and one kind of apostrophe; a postcode without spaces in capitals;
     * a date of birth as an ISO date and an identifier as {@link Identifier} reads it, which the form already gives.
     */
    static String normalised(PersonField field, String value) {
        String text = value.strip();
        return switch (field) {
            case FORENAMES, SURNAME -> text.replace('\u2019', '\'').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            case POSTCODE -> text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
            default -> text;
        };
    }
}
