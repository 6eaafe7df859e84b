package org.joinery.linkage.model;

import static org.joinery.linkage.model.LevelKind.DAMERAU_LEVENSHTEIN;
import static org.joinery.linkage.model.LevelKind.DAY_MONTH_SWAPPED;
import static org.joinery.linkage.model.LevelKind.ELSE;
import static org.joinery.linkage.model.LevelKind.EXACT;
import static org.joinery.linkage.model.LevelKind.EXACT_AND_OTHER_EXACT;
import static org.joinery.linkage.model.LevelKind.EXACT_AND_OTHER_NUMBERS;
import static org.joinery.linkage.model.LevelKind.INITIAL;
import static org.joinery.linkage.model.LevelKind.JARO_WINKLER;
import static org.joinery.linkage.model.LevelKind.NICKNAME;
import static org.joinery.linkage.model.LevelKind.NORMALISED_EXACT;
import static org.joinery.linkage.model.LevelKind.NULL;
import static org.joinery.linkage.model.LevelKind.ONE_DIGIT_OFF;
import static org.joinery.linkage.model.LevelKind.PHONETIC;
import static org.joinery.linkage.model.LevelKind.POSTCODE_DISTRICT;
import static org.joinery.linkage.model.LevelKind.POSTCODE_SECTOR;
import static org.joinery.linkage.model.LevelKind.SWAP;
import static org.joinery.linkage.model.LevelKind.WITHIN_YEARS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The untrained model Joinery starts from: a comparison for every person field the sources map, and blocking
 * rules over those fields. Edit its JSON to change anything.
 */
public final class StandardModel {

    private StandardModel() {
    }

    /** Candidate pairs per record above which a broad rule is split into narrower ones. */
    static final int PAIRS_PER_RECORD = 10;

    /**
     * The standard model for these records: as {@link #forFields}, but where blocking on date of birth alone (or
     * on forenames and year of birth) would give more than {@value #PAIRS_PER_RECORD} pairs per record, as at
     * a million records, the rule is narrowed by an initial or left out.
     */
    public static Model forRecords(org.joinery.linkage.data.Records records) {
        Model model = forFields(records.values().keySet(), ukPostcodes(records));
        if (!records.has(PersonField.DATE_OF_BIRTH)) {
            return model;
        }
        long budget = (long) PAIRS_PER_RECORD * records.size();
        List<BlockingRule> rules = new ArrayList<>();
        for (BlockingRule rule : model.predictionRules()) {
            String text = rule.toString();
            if (text.equals("date_of_birth") && records.has(PersonField.FORENAMES) && records.has(PersonField.SURNAME)
                    && pairs(records, false) > budget) {
                rules.add(BlockingRule.parse("date_of_birth & initial(forenames)"));
                rules.add(BlockingRule.parse("date_of_birth & initial(surname)"));
            } else if (!text.equals("forenames & year(date_of_birth)") || pairs(records, true) <= budget) {
                rules.add(rule);
            }
        }
        return new Model(model.prior(), model.comparisons(), rules, model.trainingRules(), model.deterministicRules(),
                model.recall(), model.maxPairsPerRule(), model.threshold(), model.seed());
    }

    /** Whether most postcodes are UK postcodes, whose sectors make a postcode-and-address comparison work. */
    private static boolean ukPostcodes(org.joinery.linkage.data.Records records) {
        if (!records.has(PersonField.POSTCODE)) {
            return false;
        }
        int present = 0;
        int uk = 0;
        for (int i = 0; i < records.size(); i++) {
            String postcode = records.value(PersonField.POSTCODE, i);
            if (postcode != null) {
                present++;
                uk += org.joinery.linkage.compare.Postcodes.isUk(postcode) ? 1 : 0;
            }
        }
        return uk * 2 > present;
    }

    /** Pairs sharing a date of birth, or (with {@code forenameAndYear}) a forename and year of birth. */
    private static long pairs(org.joinery.linkage.data.Records records, boolean forenameAndYear) {
        java.util.Map<String, Integer> blocks = new java.util.HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String dob = records.value(PersonField.DATE_OF_BIRTH, i);
            String forename = forenameAndYear ? records.value(PersonField.FORENAMES, i) : "";
            if (dob != null && forename != null) {
                blocks.merge(forenameAndYear ? forename.toLowerCase(java.util.Locale.ROOT) + dob.substring(0, 4) : dob,
                        1, Integer::sum);
            }
        }
        long pairs = 0;
        for (int size : blocks.values()) {
            pairs += (long) size * (size - 1) / 2;
        }
        return pairs;
    }

    public static Model forFields(Set<PersonField> fields) {
        return forFields(fields, false);
    }

    /**
     * @param home compare postcode and address as one piece of evidence, where someone lives (for UK postcodes,
     *             where a postcode holds a few dozen homes); else postcode, address and town separately
     */
    public static Model forFields(Set<PersonField> fields, boolean home) {
        List<Comparison> comparisons = new ArrayList<>();
        boolean names = fields.contains(PersonField.FORENAMES) && fields.contains(PersonField.SURNAME);
        if (fields.contains(PersonField.FORENAMES)) {
            comparisons.add(name("forenames", PersonField.FORENAMES, names ? PersonField.SURNAME : null, true));
        }
        if (fields.contains(PersonField.SURNAME)) {
            comparisons.add(name("surname", PersonField.SURNAME, names ? PersonField.FORENAMES : null, false));
        }
        if (fields.contains(PersonField.DATE_OF_BIRTH)) {
            comparisons.add(new Comparison("date_of_birth", PersonField.DATE_OF_BIRTH, null, List.of(Level.of(NULL),
                    Level.of(EXACT), Level.of(DAY_MONTH_SWAPPED), Level.of(ONE_DIGIT_OFF),
                    Level.of(DAMERAU_LEVENSHTEIN, 1), Level.of(WITHIN_YEARS, 5), Level.of(ELSE))));
        }
        if (fields.contains(PersonField.SEX)) {
            comparisons.add(simple("sex", PersonField.SEX, List.of(Level.of(NORMALISED_EXACT))));
        }
        if (home && fields.contains(PersonField.POSTCODE) && fields.contains(PersonField.ADDRESS)) {
            // One comparison for where someone lives: postcode, address and town are not independent evidence,
            // and added up separately they let a household's members outweigh their different names.
            comparisons.add(new Comparison("home", PersonField.POSTCODE, null, PersonField.ADDRESS, List.of(Level.of(NULL),
                    Level.of(EXACT_AND_OTHER_EXACT), Level.of(EXACT_AND_OTHER_NUMBERS),
                    Level.of(NORMALISED_EXACT).withTermFrequency(), Level.of(POSTCODE_SECTOR), Level.of(ELSE))));
        } else if (fields.contains(PersonField.POSTCODE)) {
            comparisons.add(simple("postcode", PersonField.POSTCODE, List.of(Level.of(NORMALISED_EXACT).withTermFrequency(),
                    Level.of(DAMERAU_LEVENSHTEIN, 1), Level.of(POSTCODE_SECTOR), Level.of(POSTCODE_DISTRICT))));
        }
        boolean separate = comparisons.stream().noneMatch(c -> c.otherField() == PersonField.ADDRESS);
        if (fields.contains(PersonField.ADDRESS) && separate) {
            comparisons.add(simple("address", PersonField.ADDRESS, List.of(Level.of(NORMALISED_EXACT),
                    Level.of(JARO_WINKLER, 0.9), Level.of(JARO_WINKLER, 0.75))));
        }
        if (fields.contains(PersonField.TOWN) && separate) {
            comparisons.add(simple("town", PersonField.TOWN, List.of(Level.of(NORMALISED_EXACT).withTermFrequency(),
                    Level.of(JARO_WINKLER, 0.88))));
        }
        for (PersonField code : List.of(PersonField.NHS_NUMBER, PersonField.NI_NUMBER, PersonField.PHONE)) {
            if (fields.contains(code)) {
                comparisons.add(simple(code.jsonName(), code, List.of(Level.of(NORMALISED_EXACT),
                        Level.of(DAMERAU_LEVENSHTEIN, 1), Level.of(DAMERAU_LEVENSHTEIN, 2))));
            }
        }
        if (fields.contains(PersonField.EMAIL)) {
            comparisons.add(simple("email", PersonField.EMAIL, List.of(Level.of(NORMALISED_EXACT),
                    Level.of(JARO_WINKLER, 0.88))));
        }
        List<BlockingRule> prediction = new ArrayList<>();
        List<BlockingRule> training = new ArrayList<>();
        List<BlockingRule> deterministic = new ArrayList<>();
        boolean dob = fields.contains(PersonField.DATE_OF_BIRTH);
        if (names) {
            prediction.add(BlockingRule.parse("forenames & surname"));
            training.add(BlockingRule.parse("forenames & surname"));
        }
        if (dob) {
            prediction.add(BlockingRule.parse("date_of_birth"));
            training.add(BlockingRule.parse("date_of_birth"));
        }
        for (PersonField code : List.of(PersonField.NHS_NUMBER, PersonField.NI_NUMBER, PersonField.EMAIL, PersonField.PHONE)) {
            if (fields.contains(code)) {
                prediction.add(BlockingRule.parse(code.jsonName()));
            }
        }
        if (fields.contains(PersonField.ADDRESS)) {
            // Records at one address are few (a household), and people who swap or change names stay put.
            prediction.add(BlockingRule.parse("address"));
        }
        if (fields.contains(PersonField.POSTCODE) && fields.contains(PersonField.SURNAME)) {
            prediction.add(BlockingRule.parse("postcode & initial(surname)"));
        }
        if (names) {
            prediction.add(BlockingRule.parse("phonetic(surname) & initial(forenames)" + (dob ? " & year(date_of_birth)" : "")));
            if (dob) {
                prediction.add(BlockingRule.parse("surname & year(date_of_birth)"));
                prediction.add(BlockingRule.parse("forenames & year(date_of_birth)"));
            }
            // No pass blocked on postcode when names and date of birth can train everything: a postcode block is
            // mostly households, whose members EM would learn as matches.
            if (fields.contains(PersonField.POSTCODE) && !dob) {
                training.add(BlockingRule.parse("postcode"));
            }
            deterministic.add(BlockingRule.parse("forenames & surname" + (dob ? " & date_of_birth" : "")));
        }
        if (training.size() < 2 && fields.contains(PersonField.POSTCODE)) {
            training.add(BlockingRule.parse("postcode"));
        }
        return new Model(Double.NaN, comparisons, prediction, training, deterministic, 0.6, 100_000_000, 0.9, 42);
    }

    private static Comparison name(String name, PersonField field, PersonField swapWith, boolean forename) {
        List<Level> levels = new ArrayList<>();
        levels.add(Level.of(NULL));
        levels.add(Level.of(NORMALISED_EXACT).withTermFrequency());
        if (swapWith != null) {
            levels.add(Level.of(SWAP));
        }
        levels.add(Level.of(JARO_WINKLER, 0.92));
        if (forename) {
            levels.add(Level.of(NICKNAME));
        }
        levels.add(Level.of(DAMERAU_LEVENSHTEIN, 2));
        levels.add(Level.of(PHONETIC));
        levels.add(Level.of(JARO_WINKLER, 0.8));
        if (forename) {
            levels.add(Level.of(INITIAL));
        }
        levels.add(Level.of(ELSE));
        return new Comparison(name, field, swapWith, levels);
    }

    private static Comparison simple(String name, PersonField field, List<Level> middle) {
        List<Level> levels = new ArrayList<>();
        levels.add(Level.of(NULL));
        levels.addAll(middle);
        levels.add(Level.of(ELSE));
        return new Comparison(name, field, null, levels);
    }
}
