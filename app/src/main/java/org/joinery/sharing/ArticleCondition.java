package org.joinery.sharing;

/**
 * For special category data (UK GDPR Article 9, for example health) or criminal offence data
 * (Article 10), the extra condition an agreement relies on, with its Data Protection Act 2018
 * Schedule 1 condition where the Article needs one. NONE: the agreement shares neither.
 * Names are stored in {@code article_condition}; words come from messages ({@code sharing.condition.*}).
 */
public enum ArticleCondition {
    NONE,
    /** Art. 9(2)(h) health or social care; DPA 2018 Sch. 1 Part 1 para 2. */
    HEALTH_OR_SOCIAL_CARE,
    /** Art. 9(2)(g) substantial public interest; DPA 2018 Sch. 1 Part 2 para 18 safeguarding of children and individuals at risk. */
    SAFEGUARDING,
    /** Art. 9(2)(g) substantial public interest; DPA 2018 Sch. 1 Part 2 para 6 statutory and government purposes. */
    STATUTORY_PURPOSES,
    /** Art. 10 criminal offence data; DPA 2018 s.10(5) and Sch. 1 Part 2 para 18 safeguarding, as extended by Part 3 para 36. */
    CRIMINAL_OFFENCE_SAFEGUARDING;

    public String messageKey() {
        return "sharing.condition." + name();
    }
}
