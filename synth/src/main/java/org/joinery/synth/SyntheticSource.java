package org.joinery.synth;

import static org.joinery.synth.Domain.DOMESTIC_ABUSE;
import static org.joinery.synth.Domain.HOMELESSNESS;
import static org.joinery.synth.Domain.MENTAL_ILL_HEALTH;
import static org.joinery.synth.Domain.OFFENDING;
import static org.joinery.synth.Domain.SUBSTANCE_MISUSE;
import static org.joinery.synth.Domain.WORKLESSNESS;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The fictional organisations whose extracts the borough produces. Each holds only residents in its
 * remit, writes its own columns, name and address layout and date format, holds only some
 * identifiers, and makes errors at its own rate (its error factor times each error's default rate).
 */
public enum SyntheticSource {

    HOUSING_OPTIONS("housing-options", "Barking and Dagenham Council, housing options", "HOC%010d", 1.0, false, false, 0.0) {
        @Override
        double remit(Resident resident, int age) {
            return any(resident, HOMELESSNESS, 1.0, DOMESTIC_ABUSE, 0.25) + 0.004;
        }

        @Override
        String[] header() {
            return new String[] {"case_ref", "applicant_name", "date_of_birth", "ni_number", "telephone", "address", "postcode",
                "approach_date", "case_opened", "case_closed"};
        }

        @Override
        String[] row(SourceRecord r) {
            return new String[] {r.recordId, surnameFirst(r.surname.toUpperCase(Locale.ROOT), r.forename, r.middleName),
                date(r.dateOfBirth, DMY), r.niNumber, r.phone, (r.address == null ? null : r.address.firstLine() + ", " + r.address.town()), r.postcode,
                date(r.referred, DMY), date(r.opened, DMY), date(r.closed, DMY)};
        }
    },

    REVENUES_BENEFITS("revenues-benefits", "Barking and Dagenham Council, revenues and benefits", "%010d", 0.6, false, true, 0.0) {
        @Override
        double remit(Resident resident, int age) {
            return any(resident, WORKLESSNESS, 0.85, HOMELESSNESS, 0.5) + (resident.domains != 0 ? 0.2 : 0) + 0.06;
        }

        @Override
        String[] header() {
            return new String[] {"claim_id", "title", "forename", "middle_names", "surname", "dob", "ni_no", "house_no", "street",
                "town", "postcode", "email", "claim_received", "claim_start", "claim_end"};
        }

        @Override
        String[] row(SourceRecord r) {
            Address a = r.address;
            return new String[] {r.recordId, title(r), r.forename, r.middleName, r.surname, date(r.dateOfBirth, ISO), r.niNumber,
                a == null ? null : (a.flat() == null ? "" : a.flat() + ", ") + a.houseNumber(), a == null ? null : a.street(),
                a == null ? null : a.town(), r.postcode, r.email, date(r.referred, ISO), date(r.opened, ISO), date(r.closed, ISO)};
        }
    },

    ADULT_SOCIAL_CARE("adult-social-care", "Barking and Dagenham Council, adult social care", "ASC-%d", 0.8, true, false, 0.7) {
        @Override
        double remit(Resident resident, int age) {
            return any(resident, MENTAL_ILL_HEALTH, 0.2, DOMESTIC_ABUSE, 0.1) + (SUBSTANCE_MISUSE.in(resident.domains) ? 0.08 : 0)
                    + (age >= 65 ? 0.1 : 0.01);
        }

        @Override
        String[] header() {
            return new String[] {"person_id", "first_name", "last_name", "gender", "date_of_birth", "nhs_number", "address_line_1",
                "address_line_2", "post_code", "contact_date", "assessment_start", "case_closed"};
        }

        @Override
        String[] row(SourceRecord r) {
            return new String[] {r.recordId, r.forename, r.surname, gender(r), date(r.dateOfBirth, COMPACT), r.nhsNumber,
                r.address == null ? null : r.address.firstLine(), r.address == null ? null : r.address.town(), r.postcode,
                date(r.referred, COMPACT), date(r.opened, COMPACT), date(r.closed, COMPACT)};
        }
    },

    DRUG_ALCOHOL_SERVICE("drug-alcohol-service", "Riverside Recovery (drug and alcohol service)", "RR%07d", 1.4, true, false, 0.6) {
        @Override
        double remit(Resident resident, int age) {
            return any(resident, SUBSTANCE_MISUSE, 0.9, OFFENDING, 0.03);
        }

        @Override
        String[] header() {
            return new String[] {"client_no", "first_name", "last_name", "sex", "dob", "nhs_number", "address", "postcode", "phone",
                "referral_received", "treatment_start", "discharge_date"};
        }

        @Override
        String[] row(SourceRecord r) {
            return new String[] {r.recordId, ascii(r.forename), ascii(r.surname), String.valueOf(r.sex), date(r.dateOfBirth, LONG),
                r.nhsNumber, r.address == null ? null : ascii(r.address.firstLine()), r.postcode, r.phone,
                date(r.referred, LONG), date(r.opened, LONG), date(r.closed, LONG)};
        }
    },

    PROBATION("probation", "Probation Service, east London delivery unit", "X%06d", 0.7, false, false, 0.0) {
        @Override
        double remit(Resident resident, int age) {
            return only(resident, OFFENDING, 0.9);
        }

        @Override
        String[] header() {
            return new String[] {"crn", "surname", "forenames", "date_of_birth", "gender", "ni_number", "address_1", "address_2",
                "postcode", "sentence_date", "order_start", "order_end"};
        }

        @Override
        String[] row(SourceRecord r) {
            String forenames = r.middleName == null ? r.forename : r.forename + " " + r.middleName;
            return new String[] {r.recordId, upper(r.surname), upper(forenames), date(r.dateOfBirth, DASHED), gender(r), r.niNumber,
                r.address == null ? null : upper(r.address.firstLine()), r.address == null ? null : upper(r.address.town()),
                r.postcode, date(r.referred, DASHED), date(r.opened, DASHED), date(r.closed, DASHED)};
        }
    },

    MENTAL_HEALTH_TRUST("mental-health-trust", "North East London mental health trust (fictional)", "MH%08d", 0.8, true, false, 0.95) {
        @Override
        double remit(Resident resident, int age) {
            return any(resident, MENTAL_ILL_HEALTH, 0.95, SUBSTANCE_MISUSE, 0.02);
        }

        @Override
        String[] header() {
            return new String[] {"patient_id", "nhs_number", "patient_name", "dob", "gender", "address", "referral_date",
                "first_contact", "discharge_date"};
        }

        @Override
        String[] row(SourceRecord r) {
            String address = r.address == null ? r.postcode
                    : r.address.firstLine() + ", " + r.address.town() + (r.postcode == null ? "" : ", " + r.postcode);
            return new String[] {r.recordId, r.nhsNumber, surnameFirst(r.surname, r.forename, r.middleName),
                date(r.dateOfBirth, SHORT_YEAR), gender(r), address, date(r.referred, DMY), date(r.opened, DMY), date(r.closed, DMY)};
        }
    },

    DOMESTIC_ABUSE_SERVICE("domestic-abuse-service", "Safe Harbour (domestic abuse service)", "SH-%06d", 1.6, false, false, 0.0) {
        @Override
        double remit(Resident resident, int age) {
            return only(resident, DOMESTIC_ABUSE, 0.9);
        }

        @Override
        String[] header() {
            return new String[] {"ref", "client_name", "known_as", "date_of_birth", "age_at_referral", "safe_contact_number",
                "postcode_area", "referral_date", "support_start", "support_end"};
        }

        @Override
        String[] row(SourceRecord r) {
            String area = r.postcode == null ? null : r.postcode.contains(" ") ? r.postcode.substring(0, r.postcode.indexOf(' ')) : r.postcode;
            String age = r.ageAtReferral == null ? null : String.valueOf(r.ageAtReferral);
            return new String[] {r.recordId, r.forename + " " + r.surname, r.knownAs, date(r.dateOfBirth, DOTTED), age, r.phone,
                area, date(r.referred, ISO), date(r.opened, ISO), date(r.closed, ISO)};
        }
    },

    EMPLOYMENT_SUPPORT("employment-support", "WorkWell (employment support provider)", "P%09d", 1.2, false, true, 0.0) {
        @Override
        double remit(Resident resident, int age) {
            return any(resident, WORKLESSNESS, 0.45, OFFENDING, 0.1) + ((resident.domains & Domain.CORE) != 0 ? 0.05 : 0);
        }

        @Override
        String[] header() {
            return new String[] {"participant_id", "full_name", "date_of_birth", "ni_number", "email", "mobile", "address",
                "postcode", "referral_date", "start_date", "exit_date"};
        }

        @Override
        String[] row(SourceRecord r) {
            String name = r.middleName == null ? r.forename + " " + r.surname : r.forename + " " + r.middleName + " " + r.surname;
            String address = r.address == null ? null : r.address.firstLine() + "\n" + r.address.town();
            return new String[] {r.recordId, name, date(r.dateOfBirth, US), r.niNumber, r.email, r.phone, address, r.postcode,
                date(r.referred, US), date(r.opened, US), date(r.closed, US)};
        }
    };

    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("dd/MM/yy", Locale.UK);
    static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.UK);
    static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.UK);

    private final String slug;
    private final String organisation;
    private final String idFormat;
    private final double errorFactor;
    private final boolean holdsNhsNumber;
    private final boolean holdsEmail;
    /** Share of its records in which a health source has the NHS number. */
    private final double nhsNumberCoverage;
    private final boolean holdsNiNumber;
    private final boolean holdsPhone;

    SyntheticSource(String slug, String organisation, String idFormat, double errorFactor, boolean holdsNhsNumber, boolean holdsEmail,
            double nhsNumberCoverage) {
        this.slug = slug;
        this.organisation = organisation;
        this.idFormat = idFormat;
        this.errorFactor = errorFactor;
        this.holdsNhsNumber = holdsNhsNumber;
        this.holdsEmail = holdsEmail;
        this.nhsNumberCoverage = nhsNumberCoverage;
        // header() needs no instance state, so it is safe to call while constructing.
        java.util.List<String> columns = java.util.List.of(header());
        this.holdsNiNumber = columns.stream().anyMatch(column -> column.startsWith("ni_"));
        this.holdsPhone = columns.stream().anyMatch(column -> column.contains("phone") || column.contains("mobile")
                || column.contains("contact_number"));
    }

    /** The chance an adult resident has a record here during the year. */
    abstract double remit(Resident resident, int age);

    abstract String[] header();

    abstract String[] row(SourceRecord record);

    /** The extract's file name stem and command-line name: "housing-options". */
    public String slug() {
        return slug;
    }

    public String organisation() {
        return organisation;
    }

    double errorFactor() {
        return errorFactor;
    }

    boolean holdsNhsNumber() {
        return holdsNhsNumber;
    }

    double nhsNumberCoverage() {
        return nhsNumberCoverage;
    }

    boolean holdsEmail() {
        return holdsEmail;
    }

    boolean holdsNiNumber() {
        return holdsNiNumber;
    }

    boolean holdsPhone() {
        return holdsPhone;
    }

    String recordId(long number) {
        return String.format(Locale.ROOT, idFormat, number);
    }

    public static SyntheticSource fromSlug(String slug) {
        for (SyntheticSource source : values()) {
            if (source.slug.equals(slug.trim().toLowerCase(Locale.ROOT))) {
                return source;
            }
        }
        return null;
    }

    private static double only(Resident resident, Domain domain, double chance) {
        return domain.in(resident.domains) ? chance : 0;
    }

    /** 1 - (1 - p1)(1 - p2): the chance of a record for either of two reasons. */
    private static double any(Resident resident, Domain first, double p1, Domain second, double p2) {
        return 1 - (1 - only(resident, first, p1)) * (1 - only(resident, second, p2));
    }

    private static String date(LocalDate date, DateTimeFormatter format) {
        return date == null ? null : format.format(date);
    }

    private static String surnameFirst(String surname, String forename, String middle) {
        return surname + ", " + forename + (middle == null ? "" : " " + middle);
    }

    private static String title(SourceRecord r) {
        return r.sex == 'M' ? "Mr" : r.resident.previousSurname != null ? "Mrs" : "Ms";
    }

    private static String gender(SourceRecord r) {
        return r.sex == 'M' ? "Male" : "Female";
    }

    private static String upper(String text) {
        return text == null ? null : ascii(text).toUpperCase(Locale.ROOT);
    }

    /** Systems that cannot store accents drop them: Wiśniewski becomes Wisniewski. */
    private static String ascii(String text) {
        return text == null ? null : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
