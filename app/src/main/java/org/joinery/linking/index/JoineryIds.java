package org.joinery.linking.index;

import java.security.SecureRandom;

/**
 * New Joinery IDs: "J" and eight characters of Crockford's base 32 (no I, L, O or U, so an ID read aloud or
 * copied by hand is not mistaken), random, so an ID says nothing about the person or when they came.
 */
public final class JoineryIds {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoineryIds() {
    }

    public static String next() {
        StringBuilder id = new StringBuilder("J");
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
