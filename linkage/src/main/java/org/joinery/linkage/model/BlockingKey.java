package org.joinery.linkage.model;

/** One part of a blocking rule: a field, or a function of it, that both records must share. */
public record BlockingKey(PersonField field, KeyFunction function) {

    @Override
    public String toString() {
        return function == KeyFunction.VALUE ? field.jsonName() : function.jsonName() + "(" + field.jsonName() + ")";
    }
}
