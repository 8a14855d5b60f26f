package io.gatehouse.pii;

import java.util.List;

/**
 * The regions whose national numbering plans {@link PhoneDetector} tries for a number written
 * without a country code. A number with {@code +} or {@code 00} needs no region; a national one is
 * valid only against its own plan, so the list decides which local formats are recognised with full
 * confidence (any other phone-shaped run still scores as "written like a phone number").
 */
final class PhoneRegions {

    /**
     * North America first (its 10-digit plan is the most common in the text Gatehouse sees), then
     * Europe, then the other large numbering plans where tenants' clients live.
     */
    static final List<String> DEFAULT =
            List.of(
                    "US", "CA", "GB", "IE", "DE", "AT", "CH", "FR", "BE", "NL", "LU", "ES", "PT",
                    "IT", "PL", "CZ", "SK", "HU", "RO", "BG", "GR", "HR", "SI", "DK", "SE", "NO",
                    "FI", "EE", "LV", "LT", "TR", "IL", "AE", "SA", "EG", "ZA", "NG", "KE", "IN",
                    "PK", "BD", "SG", "MY", "PH", "ID", "VN", "TH", "CN", "HK", "TW", "JP", "KR",
                    "AU", "NZ", "BR", "AR", "MX", "CO", "CL", "PE", "UA", "RU");

    private PhoneRegions() {}
}
