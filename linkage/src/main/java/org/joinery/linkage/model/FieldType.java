package org.joinery.linkage.model;

/** How a person field's values are prepared and which comparison levels make sense for it. */
public enum FieldType {
    NAME, TEXT, CODE, DATE, POSTCODE
}
