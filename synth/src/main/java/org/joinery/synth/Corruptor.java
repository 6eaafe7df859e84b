package org.joinery.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a source's errors in one record. Each error type is considered where it can occur; it is
 * made with the source's rate for it, and noted (with its chance) in the tally and the truth file.
 */
final class Corruptor {

    private static final LocalDate DEFAULT_1900 = LocalDate.of(1900, 1, 1);

    private final ErrorRates rates;
    private final ReferenceData data = ReferenceData.get();

    Corruptor(ErrorRates rates) {
        this.rates = rates;
    }

    void corrupt(SourceRecord r, SyntheticSource source, SplitRandom random, ErrorTally tally) {
        Resident resident = r.resident;
        List<String> nicknames = data.nicknames(r.forename);
        if (consider(!nicknames.isEmpty(), ErrorType.NICKNAME, r, source, random, tally)) {
            r.forename = random.pick(nicknames);
        }
        if (consider(r.surname.indexOf('-') > 0, ErrorType.HYPHENATED_SURNAME, r, source, random, tally)) {
            String[] parts = r.surname.split("-", 2);
            r.surname = switch (random.nextInt(4)) {
                case 0 -> parts[0];
                case 1 -> parts[1];
                case 2 -> parts[0] + " " + parts[1];
                default -> parts[0] + parts[1].toLowerCase(java.util.Locale.ROOT);
            };
        }
        boolean changedSurname = resident.previousSurname != null && r.surname.equals(resident.surname)
                && !r.referred.isBefore(resident.surnameChangedOn);
        if (consider(changedSurname, ErrorType.OLD_SURNAME, r, source, random, tally)) {
            r.surname = resident.previousSurname;
        }
        boolean onSurname = random.chance(0.6);
        String phonetic = Typos.phonetic(onSurname ? r.surname : r.forename, random);
        if (consider(phonetic != null, ErrorType.PHONETIC, r, source, random, tally)) {
            if (onSurname) {
                r.surname = phonetic;
            } else {
                r.forename = phonetic;
            }
        }
        if (consider(true, ErrorType.TYPO, r, source, random, tally)) {
            if (random.chance(0.5)) {
                r.surname = changed(r.surname, random);
            } else {
                r.forename = changed(r.forename, random);
            }
        }
        if (consider(!r.forename.equals(r.surname), ErrorType.NAME_SWAP, r, source, random, tally)) {
            String forename = r.forename;
            r.forename = r.surname;
            r.surname = forename;
        }
        LocalDate dob = r.dateOfBirth;
        boolean swappable = dob != null && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue();
        if (consider(swappable, ErrorType.DAY_MONTH_SWAP, r, source, random, tally)) {
            r.dateOfBirth = LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue());
        }
        if (consider(r.dateOfBirth != null, ErrorType.DEFAULT_DATE, r, source, random, tally)) {
            LocalDate firstOfYear = LocalDate.of(r.dateOfBirth.getYear(), 1, 1);
            r.dateOfBirth = random.chance(0.5) && !firstOfYear.equals(r.dateOfBirth) ? firstOfYear : DEFAULT_1900;
        }
        boolean moved = resident.previousAddress != null && r.address == resident.address;
        if (consider(moved, ErrorType.STALE_ADDRESS, r, source, random, tally)) {
            r.address = resident.previousAddress;
            r.postcode = r.address.postcode();
        }
        if (consider(r.postcode != null, ErrorType.POSTCODE_TYPO, r, source, random, tally)) {
            r.postcode = Typos.postcode(r.postcode, random);
        }
        List<Runnable> blanks = blankable(r);
        if (consider(!blanks.isEmpty(), ErrorType.MISSING_FIELD, r, source, random, tally)) {
            random.pick(blanks).run();
        }
    }

    /** Decides whether one error is made, counts it, and notes it on the record (if given). */
    boolean consider(boolean possible, ErrorType type, SourceRecord r, SyntheticSource source, SplitRandom random, ErrorTally tally) {
        if (!possible) {
            return false;
        }
        boolean made = random.chance(rates.rate(source, type));
        tally.count(source, type, made);
        if (made && r != null) {
            r.noteError(type);
        }
        return made;
    }

    private static String changed(String word, SplitRandom random) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String slipped = Typos.keyboard(word, random);
            if (!slipped.equals(word)) {
                return slipped;
            }
        }
        return word + "e";
    }

    private static List<Runnable> blankable(SourceRecord r) {
        List<Runnable> blanks = new ArrayList<>(6);
        if (r.dateOfBirth != null) {
            blanks.add(() -> r.dateOfBirth = null);
        }
        if (r.postcode != null) {
            blanks.add(() -> r.postcode = null);
        }
        if (r.phone != null) {
            blanks.add(() -> r.phone = null);
        }
        if (r.nhsNumber != null) {
            blanks.add(() -> r.nhsNumber = null);
        }
        if (r.niNumber != null) {
            blanks.add(() -> r.niNumber = null);
        }
        if (r.middleName != null) {
            blanks.add(() -> r.middleName = null);
        }
        return blanks;
    }
}
