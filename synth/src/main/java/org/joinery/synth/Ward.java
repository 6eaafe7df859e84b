package org.joinery.synth;

import java.util.List;

/**
 * One of the 19 wards (2022 boundaries). The population weight spreads residents across wards; the
 * need index scales the chance of every domain of disadvantage (1.0 = borough average).
 */
record Ward(int index, String code, String name, double populationWeight, double needIndex, List<String> postcodes) {
}
