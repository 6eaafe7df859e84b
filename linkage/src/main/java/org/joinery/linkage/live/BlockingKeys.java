package org.joinery.linkage.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.joinery.linkage.compare.FeatureTable;
import org.joinery.linkage.compare.FieldColumn;
import org.joinery.linkage.model.BlockingKey;
import org.joinery.linkage.model.BlockingRule;
import org.joinery.linkage.model.Model;
import org.joinery.linkage.model.PersonField;

/**
 * The blocking rules of a live index and each row's hashed key per rule. The model's prediction rules come
 * first, so a record added later finds every candidate a full run would pair it with; then rules for the
 * front door, where a query gives only some details (a name, or a date of birth and a postcode, or an
 * identifier alone). Keys are hashed: a collision only adds a candidate, which scoring then ranks.
 */
final class BlockingKeys {

    /** What a resident can tell the front door, each alone or with a name. */
    static final List<String> FRONT_DOOR_RULES = List.of("date_of_birth", "surname & year(date_of_birth)",
            "phonetic(forenames) & phonetic(surname)", "postcode", "phonetic(surname) & district(postcode)",
            "nhs_number", "ni_number", "phone", "email");

    /** The ID {@link FieldColumn#putQuery} gives a value no record holds. */
    private static final int UNSEEN = Integer.MAX_VALUE;

    private final List<BlockingRule> rules;

    BlockingKeys(Model model, FeatureTable table) {
        Set<BlockingRule> all = new LinkedHashSet<>(model.predictionRules());
        FRONT_DOOR_RULES.forEach(rule -> all.add(BlockingRule.parse(rule)));
        List<BlockingRule> usable = new ArrayList<>();
        for (BlockingRule rule : all) {
            if (rule.keys().stream().allMatch(key -> table.has(key.field()) && fits(key, table))) {
                usable.add(rule);
            }
        }
        this.rules = List.copyOf(usable);
    }

    static Set<PersonField> fields() {
        Set<PersonField> fields = new LinkedHashSet<>();
        FRONT_DOOR_RULES.forEach(rule -> BlockingRule.parse(rule).keys().forEach(key -> fields.add(key.field())));
        return fields;
    }

    private static boolean fits(BlockingKey key, FeatureTable table) {
        FieldColumn column = table.columns().get(key.field());
        return switch (key.function()) {
            case YEAR -> column.date != null;
            case SECTOR, DISTRICT -> column.sectorId != null;
            default -> true;
        };
    }

    List<BlockingRule> rules() {
        return rules;
    }

    int size() {
        return rules.size();
    }

    /** Row {@code row}'s key for rule {@code r}, or {@link Postings#NONE} when a part is missing or unseen. */
    long key(int r, int row, FeatureTable table) {
        long hash = 0x9E3779B97F4A7C15L * (r + 1);
        for (BlockingKey key : rules.get(r).keys()) {
            int part = part(key, row, table.columns().get(key.field()));
            if (part < 0 || part == UNSEEN) {
                return Postings.NONE;
            }
            hash = (hash ^ part) * 0xBF58476D1CE4E5B9L;
            hash ^= hash >>> 31;
        }
        return hash == Postings.NONE ? 1 : hash;
    }

    /** The same key parts as the batch {@code Blocker}'s. */
    private static int part(BlockingKey key, int row, FieldColumn column) {
        if (column.normId[row] < 0) {
            return -1;
        }
        return switch (key.function()) {
            case VALUE -> column.normId[row];
            case PHONETIC -> column.phoneticId[row];
            case INITIAL -> column.chars[row] == null ? -1 : column.chars[row][0];
            case YEAR -> column.date[row] == 0 ? -1 : column.date[row] / 10000;
            case SECTOR -> column.sectorId[row];
            case DISTRICT -> column.districtId[row];
        };
    }
}
