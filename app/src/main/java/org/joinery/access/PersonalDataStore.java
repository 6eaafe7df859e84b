package org.joinery.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the only classes allowed to touch personal-data tables. Each public method takes a
 * {@link Grant}. The architecture tests check that no other class names those tables.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PersonalDataStore {

    /** The personal-data tables this store owns. */
    String[] tables();
}
