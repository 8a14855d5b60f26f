package io.gatehouse.pii;

/**
 * Bounds on everything a tenant controls in a policy, so that no policy can make detection slow or
 * memory-hungry (docs/pii.md, "Limits"). A policy beyond them is refused (422; 413 for the body).
 */
final class PolicyLimits {

    /** The PUT /pii/policy body, in characters. */
    public static final int MAX_POLICY_CHARS = 32 * 1024;

    public static final int MAX_CUSTOM_PATTERNS = 20;
    public static final int MAX_PATTERN_CHARS = 256;

    /**
     * The product of every counted repetition's upper bound ({@code {n}}, {@code {n,m}}) in one
     * pattern.
     */
    public static final int MAX_REPETITION_PRODUCT = 1000;

    public static final int MAX_ALLOW_LIST = 1000;
    public static final int MAX_ALLOW_ENTRY_CHARS = 256;
    public static final int MAX_KEEP_LAST = 32;

    /** The text of one analyze, mask or reasoning request, in characters (UTF-16 units). */
    public static final int MAX_TEXT_CHARS = 100_000;

    private PolicyLimits() {}
}
