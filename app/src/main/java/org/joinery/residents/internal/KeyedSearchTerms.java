package org.joinery.residents.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.joinery.linkage.model.PersonField;
import org.joinery.platform.InstallationSecret;
import org.joinery.residents.SearchTerms;
import org.springframework.stereotype.Component;

/** {@link SearchTerms} as keyed hashes under the installation's own secret. */
@Component
class KeyedSearchTerms implements SearchTerms {

    /** The secret's name: its own, so these hashes cannot be matched against the sign-in throttle's. */
    private static final String SECRET = "audit-search-terms";

    private final InstallationSecret secrets;

    KeyedSearchTerms(InstallationSecret secrets) {
        this.secrets = secrets;
    }

    @Override
    public List<String> hashed(Map<PersonField, String> details) {
        return details.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(term -> term.getKey().jsonName() + ":"
                        + secrets.keyedHash(SECRET, term.getKey().jsonName() + "=" + normalised(term.getKey(), term.getValue())))
                .toList();
    }

    /**
     * Names in lower case with single spaces and one kind of apostrophe; a postcode without spaces in capitals;
     * a date of birth as an ISO date and an identifier as {@link org.joinery.residents.Identifier} reads it, which the form already gives.
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
