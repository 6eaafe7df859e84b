package org.joinery.synth;

/** A home address: an optional flat, a house number and street in a real postcode of one ward. */
record Address(String flat, int houseNumber, String street, String town, String postcode, int ward) {

    /** "Flat 2, 14 Heron Road" or "14 Heron Road". */
    String firstLine() {
        String house = houseNumber + " " + street;
        return flat == null ? house : flat + ", " + house;
    }
}
