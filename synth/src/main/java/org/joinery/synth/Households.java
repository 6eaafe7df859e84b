package org.joinery.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds households: a head, perhaps a partner (sharing the surname or not), children (sometimes
 * twins, sometimes a son with his father's forename), adult children or sharers, all at one address.
 * Each household draws from its own random stream, so household n is the same whatever else runs.
 */
final class Households {

    static final long PURPOSE = 1;
    private static final long RESIDENT_PURPOSE = 2;

    private enum Kind { SINGLE, COUPLE, COUPLE_WITH_CHILDREN, LONE_PARENT, SHARED }

    /** Head of household age bands: lower bound, upper bound, weight. */
    private static final int[][] HEAD_AGES = {{18, 24, 7}, {25, 34, 24}, {35, 44, 25}, {45, 54, 19}, {55, 64, 12}, {65, 74, 8}, {75, 95, 5}};
    private static final double[] HEAD_AGE_CUMULATIVE = cumulative(HEAD_AGES);
    private static final double[] CHILDREN = {0.42, 0.78, 0.92, 0.98, 1.0};

    private final long seed;
    private final ReferenceData data = ReferenceData.get();
    private final Addresses addresses;

    Households(long seed) {
        this.seed = seed;
        this.addresses = new Addresses(data);
    }

    /** Household number {@code household}, whose first resident gets position {@code firstIndex}. */
    List<Resident> build(long household, int firstIndex) {
        SplitRandom random = SplitRandom.of(seed, PURPOSE, household);
        List<Resident> members = new ArrayList<>();
        int[] band = HEAD_AGES[random.pickCumulative(HEAD_AGE_CUMULATIVE)];
        int headAge = random.between(band[0], band[1]);
        Kind kind = kind(headAge, random);
        Origin origin = data.origins.draw(random);
        char headSex = kind == Kind.LONE_PARENT ? (random.chance(0.9) ? 'F' : 'M') : (random.chance(0.5) ? 'F' : 'M');
        String familySurname = surname(origin, random);
        Resident head = person(origin, headSex, familySurname, headAge, random);
        members.add(head);

        Resident partner = null;
        if (kind == Kind.COUPLE || kind == Kind.COUPLE_WITH_CHILDREN) {
            Origin partnerOrigin = random.chance(0.85) ? origin : data.origins.draw(random);
            char partnerSex = random.chance(0.95) ? other(headSex) : headSex;
            int partnerAge = Math.max(18, headAge + (int) Math.round(gaussian(random) * 4));
            // Mostly women take a partner's surname; a partner who took it keeps a past surname.
            boolean sharesSurname = random.chance(partnerSex == 'F' ? 0.6 : 0.15);
            partner = person(partnerOrigin, partnerSex, sharesSurname ? familySurname : surname(partnerOrigin, random), partnerAge, random);
            if (sharesSurname) {
                partner.previousSurname = surname(partnerOrigin, random);
                partner.surnameChangedOn = Period.between(partner.dateOfBirth.plusYears(18), Period.START.minusDays(1), random);
            }
            members.add(partner);
        }

        if (kind == Kind.COUPLE_WITH_CHILDREN || kind == Kind.LONE_PARENT) {
            addChildren(members, head, partner, origin, headAge, random);
        }
        if (kind == Kind.SHARED) {
            int others = random.between(1, 3);
            Resident previousChild = null;
            for (int i = 0; i < others; i++) {
                if (headAge >= 45 && random.chance(0.6)) {
                    members.add(previousChild = adultChild(head, origin, familySurname, headAge, previousChild, random));
                } else {
                    Origin sharer = data.origins.draw(random);
                    members.add(person(sharer, random.chance(0.5) ? 'F' : 'M', surname(sharer, random), random.between(18, 45), random));
                }
            }
        }

        Address home = addresses.draw(random);
        Address before = null;
        LocalDate movedOn = null;
        double move = random.nextDouble();
        if (move < 0.10) {
            before = addresses.draw(random);
            movedOn = Period.dayIn(random);
        } else if (move < 0.55) {
            before = addresses.draw(random);
            movedOn = Period.between(LocalDate.of(2012, 1, 1), Period.START.minusDays(1), random);
        }
        for (int i = 0; i < members.size(); i++) {
            Resident member = members.get(i);
            member.index = firstIndex + i;
            member.id = String.format(java.util.Locale.ROOT, "R%08d", member.index + 1);
            member.household = household;
            member.address = home;
            if (before != null && member.dateOfBirth.isBefore(movedOn)) {
                member.previousAddress = before;
                member.movedOn = movedOn;
            }
            identify(member);
        }
        return members;
    }

    private Kind kind(int headAge, SplitRandom random) {
        double x = random.nextDouble();
        if (headAge < 25) {
            return x < 0.35 ? Kind.SINGLE : x < 0.55 ? Kind.COUPLE : x < 0.67 ? Kind.COUPLE_WITH_CHILDREN : x < 0.82 ? Kind.LONE_PARENT : Kind.SHARED;
        }
        if (headAge < 55) {
            return x < 0.22 ? Kind.SINGLE : x < 0.33 ? Kind.COUPLE : x < 0.68 ? Kind.COUPLE_WITH_CHILDREN : x < 0.84 ? Kind.LONE_PARENT : Kind.SHARED;
        }
        if (headAge < 65) {
            return x < 0.35 ? Kind.SINGLE : x < 0.70 ? Kind.COUPLE : x < 0.76 ? Kind.COUPLE_WITH_CHILDREN : x < 0.78 ? Kind.LONE_PARENT : Kind.SHARED;
        }
        return x < 0.50 ? Kind.SINGLE : x < 0.90 ? Kind.COUPLE : Kind.SHARED;
    }

    /**
     * A grown-up son or daughter living at home: sometimes a twin of the previous one, sometimes a
     * son with his father's forename. Near-identical, but different people, in the adult sources.
     */
    private Resident adultChild(Resident head, Origin origin, String surname, int headAge, Resident previous, SplitRandom random) {
        char sex = random.chance(0.5) ? 'F' : 'M';
        Resident child = person(origin, sex, surname, Math.max(18, headAge - random.between(20, 32)), random);
        if (previous != null && random.chance(0.05)) {
            child.dateOfBirth = previous.dateOfBirth;
        } else if (sex == 'M' && head.sex == 'M' && random.chance(0.08)) {
            child.forename = head.forename;
        }
        return child;
    }

    private void addChildren(List<Resident> members, Resident head, Resident partner, Origin origin, int headAge, SplitRandom random) {
        int count = 1;
        double x = random.nextDouble();
        while (count < CHILDREN.length && x >= CHILDREN[count - 1]) {
            count++;
        }
        int oldest = Math.min(17, headAge - 17);
        Resident mother = head.sex == 'F' ? head : partner != null && partner.sex == 'F' ? partner : null;
        Resident father = head.sex == 'M' ? head : partner != null && partner.sex == 'M' ? partner : null;
        Resident previous = null;
        for (int i = 0; i < count; i++) {
            char sex = random.chance(0.51) ? 'M' : 'F';
            Resident child = person(origin, sex, childSurname(head, partner, mother, father, random), random.between(0, oldest), random);
            if (previous != null && random.chance(0.03)) {
                // Twins: same birthday and surname, different people.
                child.dateOfBirth = previous.dateOfBirth;
                child.surname = previous.surname;
            } else if (sex == 'M' && father != null && random.chance(0.03)) {
                child.forename = father.forename;
            }
            members.add(child);
            previous = child;
        }
    }

    private String childSurname(Resident head, Resident partner, Resident mother, Resident father, SplitRandom random) {
        if (partner == null || partner.surname.equals(head.surname)) {
            return head.surname;
        }
        double x = random.nextDouble();
        if (x < 0.15 && father != null && mother != null) {
            return father.surname + "-" + mother.surname;
        }
        Resident parent = x < 0.85 && father != null ? father : mother != null ? mother : head;
        return parent.surname;
    }

    private Resident person(Origin origin, char sex, String surname, int age, SplitRandom random) {
        Resident person = new Resident();
        person.origin = origin;
        person.sex = sex;
        person.forename = forename(origin, sex, random);
        if (random.chance(0.35)) {
            String middle = forename(origin, sex, random);
            person.middleName = middle.equals(person.forename) ? null : middle;
        }
        person.surname = surname;
        LocalDate birthday = Period.END.minusYears(age + 1L).plusDays(1 + random.nextInt(365));
        person.dateOfBirth = birthday;
        return person;
    }

    private String forename(Origin origin, char sex, SplitRandom random) {
        Origin list = random.chance(origin.britishForenameShare) ? Origin.BRITISH_IRISH : origin;
        WeightedList<String> names = data.forenames(list, sex);
        return names.isEmpty() ? data.forenames(Origin.BRITISH_IRISH, sex).draw(random) : names.draw(random);
    }

    private String surname(Origin origin, SplitRandom random) {
        String surname = data.surnames(origin).draw(random);
        if (random.chance(origin == Origin.BRITISH_IRISH || origin == Origin.CARIBBEAN ? 0.05 : 0.02)) {
            // A double-barrelled surname, which sources record in several ways.
            surname = surname + "-" + data.surnames(origin).draw(random);
        }
        return surname;
    }

    /** Identifiers and contact details, drawn from the resident's own stream. */
    private void identify(Resident resident) {
        SplitRandom random = SplitRandom.of(seed, RESIDENT_PURPOSE, resident.index);
        int age = resident.ageOn(Period.END);
        resident.nhsNumber = random.chance(0.97) ? Identifiers.nhsNumber(resident.index) : null;
        resident.niNumber = age >= 16 && random.chance(0.95) ? Identifiers.niNumber(resident.index, random) : null;
        if (age >= 14 && random.chance(0.9)) {
            resident.phone = Identifiers.phone(random);
        }
        if (age >= 16 && random.chance(0.65)) {
            resident.email = Identifiers.email(resident.forename, resident.surname, random);
        }
        if (age >= 20 && age <= 45 && resident.sex == 'F' && resident.previousSurname == null && random.chance(0.012)) {
            // Married during the year and took a new surname.
            resident.previousSurname = resident.surname;
            resident.surnameChangedOn = Period.dayIn(random);
            resident.surname = data.surnames(resident.origin).draw(random);
        }
    }

    private static char other(char sex) {
        return sex == 'F' ? 'M' : 'F';
    }

    static double gaussian(SplitRandom random) {
        double u = Math.max(random.nextDouble(), 1e-12);
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static double[] cumulative(int[][] bands) {
        double[] cumulative = new double[bands.length];
        double total = 0;
        for (int i = 0; i < bands.length; i++) {
            total += bands[i][2];
            cumulative[i] = total;
        }
        return cumulative;
    }
}
