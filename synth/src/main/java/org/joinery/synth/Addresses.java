package org.joinery.synth;

/**
 * Addresses in real postcodes: a ward drawn by population weight, one of its postcodes, and a
 * fictional street fixed by the postcode (so neighbours share a street) with a house number.
 */
final class Addresses {

    private final ReferenceData data;

    Addresses(ReferenceData data) {
        this.data = data;
    }

    Address draw(SplitRandom random) {
        Ward ward = data.wards.get(random.pickCumulative(data.wardCumulative));
        String postcode = random.pick(ward.postcodes());
        long hash = SplitRandom.mix(postcode.hashCode());
        String street = data.streetStems.get((int) Math.floorMod(hash, data.streetStems.size())) + " "
                + data.streetSuffixes.get((int) Math.floorMod(hash >>> 20, data.streetSuffixes.size()));
        int firstNumber = 1 + (int) Math.floorMod(hash >>> 40, 150);
        String flat = random.chance(0.2) ? "Flat " + random.between(1, 24) : null;
        return new Address(flat, firstNumber + random.nextInt(40), street, town(postcode), postcode, ward.index());
    }

    static String town(String postcode) {
        String outward = postcode.substring(0, postcode.indexOf(' '));
        return switch (outward) {
            case "IG11" -> "Barking";
            case "RM8", "RM9", "RM10" -> "Dagenham";
            case "RM6" -> "Chadwell Heath";
            default -> "Romford";
        };
    }
}
