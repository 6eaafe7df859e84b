package org.joinery.linkage.live;

import org.joinery.linkage.model.PersonField;

/**
 * One comparison of a query with a record: the level reached, its weight (with any term-frequency
 * adjustment), and what that means for the practitioner.
 *
 * @param otherField the second field the comparison reads (the address of the "home" comparison), or null
 * @param level      the level's label, as in the model and the waterfall
 * @param levelIndex the level's position in the comparison (0 = one value missing)
 */
public record Detail(String comparison, PersonField field, PersonField otherField, String level, int levelIndex,
                     double weight, FieldAgreement agreement) {
}
