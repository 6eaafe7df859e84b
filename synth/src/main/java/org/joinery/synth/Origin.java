package org.joinery.synth;

import java.util.List;

/**
 * Where a resident's names come from. The shares are a documented approximation of an east-London
 * borough like Barking and Dagenham (2021 Census ethnic groups, rounded); see docs/demo-borough.md.
 */
enum Origin {
    BRITISH_IRISH(0.33, List.of("GB", "IE", "US", "AU", "NZ", "CA"), List.of("GB", "IE", "US", "AU", "NZ", "CA"), 0.0),
    WEST_AFRICAN(0.16, List.of("ML"), List.of(), 0.30),
    SOUTH_ASIAN(0.23, List.of("BD", "PK", "IN", "LK", "NP"), List.of("BD", "IN", "LK", "NP"), 0.0),
    EASTERN_EUROPEAN(0.14, List.of("PL", "RO", "LT", "BG", "UA", "AL"), List.of("PL", "RO", "LT", "BG", "UA", "AL"), 0.05),
    CARIBBEAN(0.04, List.of("JM"), List.of("GB"), 0.50),
    OTHER(0.10, List.of("TR", "PH", "PT", "CN", "VN", "IT"), List.of("TR", "PH", "PT", "CN", "VN", "IT"), 0.15);

    final double share;
    final List<String> forenameCountries;
    final List<String> surnameCountries;
    /** Share of forenames taken from the British and Irish lists (Grace, Daniel, Samuel...). */
    final double britishForenameShare;

    Origin(double share, List<String> forenameCountries, List<String> surnameCountries, double britishForenameShare) {
        this.share = share;
        this.forenameCountries = forenameCountries;
        this.surnameCountries = surnameCountries;
        this.britishForenameShare = britishForenameShare;
    }
}
