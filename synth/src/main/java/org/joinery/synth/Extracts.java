package org.joinery.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * Decides which sources hold a record of a resident and makes those records: the resident as the
 * source saw them on the day of referral, with the source's identifiers and then its errors.
 */
final class Extracts {

    private static final long PURPOSE = 100;

    private final long seed;
    private final List<SyntheticSource> sources;
    private final Corruptor corruptor;
    private final ReferenceData data = ReferenceData.get();

    Extracts(long seed, List<SyntheticSource> sources, ErrorRates rates) {
        this.seed = seed;
        this.sources = sources;
        this.corruptor = new Corruptor(rates);
    }

    /** Adds the resident's records to each source's list for the current block. */
    void recordsOf(Resident resident, List<List<SourceRecord>> bySource, ErrorTally tally) {
        int age = resident.ageOn(Period.END);
        if (age < 18) {
            return;
        }
        for (int s = 0; s < sources.size(); s++) {
            SyntheticSource source = sources.get(s);
            SplitRandom random = SplitRandom.of(seed, PURPOSE + source.ordinal(), resident.index);
            if (!random.chance(source.remit(resident, age))) {
                continue;
            }
            LocalDate referred = Period.dayIn(random);
            SourceRecord first = record(resident, source, referred, random, tally);
            bySource.get(s).add(first);
            if (corruptor.consider(true, ErrorType.DUPLICATE, null, source, random, tally)) {
                // Re-referred later in the year and recorded afresh: the second record carries the note.
                SourceRecord again = record(resident, source, Period.between(referred, Period.END, random), random, tally);
                again.noteError(ErrorType.DUPLICATE);
                bySource.get(s).add(again);
            }
        }
    }

    private SourceRecord record(Resident resident, SyntheticSource source, LocalDate referred, SplitRandom random, ErrorTally tally) {
        SourceRecord r = new SourceRecord();
        r.resident = resident;
        r.forename = resident.forename;
        r.middleName = resident.middleName;
        r.surname = resident.surnameOn(referred);
        r.sex = resident.sex;
        r.dateOfBirth = resident.dateOfBirth;
        r.address = resident.addressOn(referred);
        r.postcode = r.address.postcode();
        r.phone = source.holdsPhone() ? resident.phone : null;
        r.email = source.holdsEmail() ? resident.email : null;
        r.niNumber = source.holdsNiNumber() ? resident.niNumber : null;
        r.nhsNumber = source.holdsNhsNumber() && random.chance(source.nhsNumberCoverage()) ? resident.nhsNumber : null;
        if (source == SyntheticSource.DOMESTIC_ABUSE_SERVICE) {
            // A refuge asks what a woman likes to be called and her age; many never give a date of birth.
            List<String> nicknames = data.nicknames(resident.forename);
            r.knownAs = nicknames.isEmpty() || !random.chance(0.4) ? null : random.pick(nicknames);
            r.ageAtReferral = resident.ageOn(referred);
            if (random.chance(0.4)) {
                r.dateOfBirth = null;
            }
        }
        r.referred = referred;
        r.opened = random.chance(0.92) ? referred.plusDays(random.nextInt(29)) : null;
        if (r.opened != null) {
            LocalDate closed = r.opened.plusDays(14 + random.nextInt(380));
            r.closed = closed.isAfter(Period.END) ? null : closed;
        }
        corruptor.corrupt(r, source, random, tally);
        return r;
    }
}
