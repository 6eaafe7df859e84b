package org.joinery.sharing.web;

import java.util.List;

/** The new-agreement form as submitted; anything may be missing or wrong. Dates come as GOV.UK date inputs. */
record AgreementForm(String title, String from, String to, List<String> categories, String purpose, String lawfulBasis,
                     String articleCondition, String startsOnDay, String startsOnMonth, String startsOnYear,
                     String endsOnDay, String endsOnMonth, String endsOnYear) {

    AgreementForm {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    static AgreementForm empty(String from) {
        return new AgreementForm("", from, "", List.of(), "DIRECT_CARE", null, null, "", "", "", "", "", "");
    }
}
