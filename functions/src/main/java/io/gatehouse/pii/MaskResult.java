package io.gatehouse.pii;

import java.util.List;
import java.util.Map;

/**
 * A masked text, the findings in the original text (code point offsets), the counts per type and
 * the version of the policy that did it.
 */
public record MaskResult(
        String masked, List<Finding> findings, int policyVersion, Map<String, Integer> counts) {}
