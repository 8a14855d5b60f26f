package io.gatehouse.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's PII policy, validated and compiled: which types are enabled and what masking does to
 * each, the minimum score, the allow-list and custom patterns. Immutable and thread-safe; one
 * compiled policy serves every request that uses its version.
 *
 * <p>JSON form (docs/pii.md):
 *
 * <pre>{@code
 * {"minScore": 0.5,
 *  "entities": {"EMAIL": {"operator": "redact"}, "CREDIT_CARD": {"operator": "mask", "keepLast": 4}},
 *  "allowList": ["help@example.com"],
 *  "customPatterns": [{"name": "EMPLOYEE_ID", "pattern": "EMP-[0-9]{6}", "score": 0.9, "operator": "redact"}]}
 * }</pre>
 *
 * A type absent from {@code entities} is not detected at all. Stored documents of an older schema
 * are read through {@link PolicyMigration}.
 */
public final class PiiPolicy {

    /** The version of the built-in default policy, used by a tenant that never stored one. */
    public static final int DEFAULT_VERSION = 0;

    public static final double DEFAULT_MIN_SCORE = 0.5;
    private static final java.util.regex.Pattern CUSTOM_NAME =
            java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Set<String> TOP_FIELDS =
            Set.of(PolicyMigration.FIELD, "minScore", "entities", "allowList", "customPatterns");
    private static final Set<String> RULE_FIELDS = Set.of("operator", "keepLast", "minScore");
    private static final Set<String> PATTERN_FIELDS =
            Set.of("name", "pattern", "score", "operator", "keepLast");

    private final int version;
    private final double minScore;
    private final Map<String, EntityRule> rules;
    private final Set<String> allowList;
    private final List<CustomPattern> customPatterns;
    private final List<Detector> detectors;

    private PiiPolicy(
            int version,
            double minScore,
            Map<String, EntityRule> rules,
            Set<String> allowList,
            List<CustomPattern> customPatterns,
            List<Detector> customDetectors) {
        this.version = version;
        this.minScore = minScore;
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.allowList = Set.copyOf(allowList);
        this.customPatterns = List.copyOf(customPatterns);
        List<Detector> all = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            if (rules.containsKey(type.name())) {
                all.add(BuiltInDetectors.of(type));
            }
        }
        all.addAll(customDetectors);
        this.detectors = List.copyOf(all);
    }

    /**
     * The built-in default (version 0): every built-in type, redacted, minimum score 0.5, no
     * allow-list.
     */
    public static PiiPolicy defaultPolicy() {
        Map<String, EntityRule> rules = new LinkedHashMap<>();
        for (EntityType type : EntityType.values()) {
            if (type.onByDefault()) {
                rules.put(type.name(), new EntityRule(Operator.REDACT, 0, DEFAULT_MIN_SCORE));
            }
        }
        return new PiiPolicy(
                DEFAULT_VERSION, DEFAULT_MIN_SCORE, rules, Set.of(), List.of(), List.of());
    }

    /**
     * Validates and compiles a policy document; every refusal says why ({@link PolicyException}).
     */
    public static PiiPolicy parse(JsonNode json, int version) {
        if (json == null || !json.isObject()) {
            throw new PolicyException("The policy must be a JSON object.");
        }
        requireKnownFields(json, TOP_FIELDS, "policy");
        JsonNode schema = json.get(PolicyMigration.FIELD);
        if (schema != null
                && !(schema.isIntegralNumber()
                        && schema.asInt() == PolicyMigration.CURRENT_SCHEMA)) {
            throw new PolicyException(
                    PolicyMigration.FIELD
                            + " must be "
                            + PolicyMigration.CURRENT_SCHEMA
                            + " (the current schema) or left out.");
        }
        double minScore = score(json.get("minScore"), DEFAULT_MIN_SCORE, "minScore");

        JsonNode entities = json.get("entities");
        if (entities == null || !entities.isObject()) {
            throw new PolicyException("entities must be an object naming each enabled type.");
        }
        Map<String, EntityRule> rules = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = entities.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String type = entry.getKey();
            if (PolicyMigration.renamedTo(type) != null) {
                throw new PolicyException(
                        "Entity type '"
                                + type
                                + "' is now called '"
                                + PolicyMigration.renamedTo(type)
                                + "'.");
            }
            if (EntityType.named(type).isEmpty()) {
                throw new PolicyException(
                        "Unknown entity type '"
                                + echo(type)
                                + "'; known: "
                                + List.of(EntityType.values())
                                + " (custom types go in customPatterns).");
            }
            JsonNode rule = entry.getValue();
            if (!rule.isObject()) {
                throw new PolicyException("entities." + type + " must be an object.");
            }
            requireKnownFields(rule, RULE_FIELDS, "entities." + type);
            Operator operator = operator(rule.get("operator"), "entities." + type + ".operator");
            if (operator == Operator.GENERALIZE && !SafeHarbor.generalizes(type)) {
                throw new PolicyException(
                        "entities."
                                + type
                                + ".operator generalize applies to "
                                + String.join(", ", new TreeSet<>(SafeHarbor.GENERALIZABLE_TYPES))
                                + " only.");
            }
            rules.put(
                    type,
                    new EntityRule(
                            operator,
                            keepLast(rule.get("keepLast"), operator, "entities." + type),
                            score(
                                    rule.get("minScore"),
                                    minScore,
                                    "entities." + type + ".minScore")));
        }

        Set<String> allowList = allowList(json.get("allowList"));

        List<CustomPattern> patterns = new ArrayList<>();
        List<Detector> customDetectors = new ArrayList<>();
        JsonNode custom = json.get("customPatterns");
        if (custom != null && !custom.isNull()) {
            if (!custom.isArray()) {
                throw new PolicyException("customPatterns must be an array.");
            }
            if (custom.size() > PolicyLimits.MAX_CUSTOM_PATTERNS) {
                throw new PolicyException(
                        "At most "
                                + PolicyLimits.MAX_CUSTOM_PATTERNS
                                + " custom patterns are allowed.");
            }
            for (int i = 0; i < custom.size(); i++) {
                CustomPattern pattern =
                        customPattern(custom.get(i), "customPatterns[" + i + "]", minScore);
                if (rules.containsKey(pattern.name())) {
                    throw new PolicyException(
                            "customPatterns["
                                    + i
                                    + "].name '"
                                    + pattern.name()
                                    + "' is used twice.");
                }
                rules.put(
                        pattern.name(),
                        new EntityRule(pattern.operator(), pattern.keepLast(), minScore));
                patterns.add(pattern);
                customDetectors.add(
                        new CustomPatternDetector(
                                pattern.name(),
                                compile(
                                        pattern.pattern(),
                                        "customPatterns[" + i + "] (" + pattern.name() + ")"),
                                pattern.score()));
            }
        }
        return new PiiPolicy(version, minScore, rules, allowList, patterns, customDetectors);
    }

    /** The same policy under another version number (a stored document read back). */
    public PiiPolicy withVersion(int newVersion) {
        return parse(toJson(), newVersion);
    }

    public int version() {
        return version;
    }

    public double minScore() {
        return minScore;
    }

    /** Enabled types, built-in and custom, with their rules. */
    public Map<String, EntityRule> rules() {
        return rules;
    }

    public Set<String> allowList() {
        return allowList;
    }

    public List<CustomPattern> customPatterns() {
        return customPatterns;
    }

    List<Detector> detectors() {
        return detectors;
    }

    /** Whether a found value is on the allow-list (compared ignoring case). */
    boolean allowed(String value) {
        return !allowList.isEmpty() && allowList.contains(value.toLowerCase(Locale.ROOT));
    }

    /**
     * The normalised JSON form, as stored and returned; {@link #parse} of it gives this policy
     * back.
     */
    public ObjectNode toJson() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        root.put(PolicyMigration.FIELD, PolicyMigration.CURRENT_SCHEMA);
        root.put("minScore", minScore);
        ObjectNode entities = root.putObject("entities");
        rules.forEach(
                (type, rule) -> {
                    if (EntityType.named(type).isPresent()) {
                        ObjectNode node = entities.putObject(type);
                        node.put("operator", rule.operator().jsonName());
                        if (rule.operator() == Operator.MASK) {
                            node.put("keepLast", rule.keepLast());
                        }
                        node.put("minScore", rule.minScore());
                    }
                });
        ArrayNode allow = root.putArray("allowList");
        allowList.stream().sorted().forEach(allow::add);
        ArrayNode custom = root.putArray("customPatterns");
        for (CustomPattern pattern : customPatterns) {
            ObjectNode node = custom.addObject();
            node.put("name", pattern.name());
            node.put("pattern", pattern.pattern());
            node.put("score", pattern.score());
            node.put("operator", pattern.operator().jsonName());
            if (pattern.operator() == Operator.MASK) {
                node.put("keepLast", pattern.keepLast());
            }
        }
        return root;
    }

    private static CustomPattern customPattern(JsonNode node, String where, double minScore) {
        if (node == null || !node.isObject()) {
            throw new PolicyException(where + " must be an object.");
        }
        requireKnownFields(node, PATTERN_FIELDS, where);
        JsonNode name = node.get("name");
        if (name == null || !name.isTextual() || !CUSTOM_NAME.matcher(name.asText()).matches()) {
            throw new PolicyException(
                    where
                            + ".name must be 2 to 40 capitals, digits or underscores, starting with a capital.");
        }
        if (EntityType.named(name.asText()).isPresent()) {
            throw new PolicyException(
                    where
                            + ".name '"
                            + name.asText()
                            + "' is a built-in type; choose another name.");
        }
        JsonNode pattern = node.get("pattern");
        if (pattern == null || !pattern.isTextual() || pattern.asText().isEmpty()) {
            throw new PolicyException(where + ".pattern is required.");
        }
        if (pattern.asText().length() > PolicyLimits.MAX_PATTERN_CHARS) {
            throw new PolicyException(
                    where
                            + ".pattern is longer than "
                            + PolicyLimits.MAX_PATTERN_CHARS
                            + " characters.");
        }
        Operator operator = operator(node.get("operator"), where + ".operator");
        if (operator == Operator.GENERALIZE) {
            throw new PolicyException(
                    where + ".operator generalize applies to built-in types only.");
        }
        return new CustomPattern(
                name.asText(),
                pattern.asText(),
                score(node.get("score"), 0.8, where + ".score"),
                operator,
                keepLast(node.get("keepLast"), operator, where));
    }

    private static Pattern compile(String pattern, String where) {
        long product = RepetitionBounds.product(pattern);
        if (product > PolicyLimits.MAX_REPETITION_PRODUCT) {
            throw new PolicyException(
                    where
                            + ".pattern repeats too much: the product of its {n,m} bounds exceeds "
                            + PolicyLimits.MAX_REPETITION_PRODUCT
                            + "; use + or * for open lengths.");
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new PolicyException(
                    where + ".pattern is not a valid RE2 pattern: " + e.getDescription() + ".");
        }
        // a pattern that matches nothing at all would mask nothing while looking like a control
        if (compiled.matches("")) {
            throw new PolicyException(
                    where
                            + ".pattern matches the empty text; it must match at least one character.");
        }
        return compiled;
    }

    private static Set<String> allowList(JsonNode node) {
        Set<String> values = new LinkedHashSet<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            throw new PolicyException("allowList must be an array of strings.");
        }
        if (node.size() > PolicyLimits.MAX_ALLOW_LIST) {
            throw new PolicyException(
                    "allowList holds more than " + PolicyLimits.MAX_ALLOW_LIST + " entries.");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            if (!entry.isTextual()
                    || entry.asText().isBlank()
                    || entry.asText().length() > PolicyLimits.MAX_ALLOW_ENTRY_CHARS) {
                throw new PolicyException(
                        "allowList["
                                + i
                                + "] must be a non-blank string of at most "
                                + PolicyLimits.MAX_ALLOW_ENTRY_CHARS
                                + " characters.");
            }
            values.add(entry.asText().strip().toLowerCase(Locale.ROOT));
        }
        return values;
    }

    private static Operator operator(JsonNode node, String where) {
        if (node == null || !node.isTextual()) {
            throw new PolicyException(
                    where + " is required: redact, mask, hash, generalize or keep.");
        }
        return Operator.fromJson(node.asText())
                .orElseThrow(
                        () ->
                                new PolicyException(
                                        where
                                                + " must be redact, mask, hash, generalize or keep."));
    }

    private static int keepLast(JsonNode node, Operator operator, String where) {
        if (node == null || node.isNull()) {
            return operator == Operator.MASK ? 4 : 0;
        }
        if (operator != Operator.MASK) {
            throw new PolicyException(where + ".keepLast applies to the mask operator only.");
        }
        if (!node.canConvertToInt()
                || !node.isIntegralNumber()
                || node.asInt() < 0
                || node.asInt() > PolicyLimits.MAX_KEEP_LAST) {
            throw new PolicyException(
                    where
                            + ".keepLast must be a whole number from 0 to "
                            + PolicyLimits.MAX_KEEP_LAST
                            + ".");
        }
        return node.asInt();
    }

    private static double score(JsonNode node, double fallback, String where) {
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1) {
            throw new PolicyException(where + " must be a number from 0 to 1.");
        }
        return node.asDouble();
    }

    private static void requireKnownFields(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new PolicyException("Unknown field '" + echo(name) + "' in " + where + ".");
            }
        }
    }

    /** Names typed by the caller are echoed only when short and plain. */
    private static String echo(String name) {
        return name != null && name.matches("[A-Za-z0-9_]{1,40}") ? name : "?";
    }
}
