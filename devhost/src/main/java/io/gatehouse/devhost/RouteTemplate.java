package io.gatehouse.devhost;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One HTTP route as the Functions host matches it: {@code {routePrefix}/{route}}, compared segment
 * by segment with ASP.NET Core routing rules. Literal segments compare case-insensitively; a
 * parameter takes one whole, non-empty segment, may carry constraints ({@code {id:guid}}) and may
 * be optional ({@code {id?}}), which is only allowed at the end.
 *
 * <p>Only that subset is supported. Anything else (catch-all {@code {*rest}}, defaults {@code
 * {id=1}}, several parts in one segment {@code {name}.{ext}}, constraints with arguments) is
 * rejected when parsed, so a route the dev host would serve differently from Azure fails at
 * start-up instead.
 */
public final class RouteTemplate {

    /**
     * Orders templates most specific first, as the host does when several match one path: segment
     * by segment, a literal beats a constrained parameter, which beats a plain one, which beats an
     * optional one; a template that ends earlier beats one that continues. So {@code
     * clients/export} is tried before {@code clients/{id}}.
     */
    public static final Comparator<RouteTemplate> MOST_SPECIFIC_FIRST =
            RouteTemplate::compareSpecificity;

    private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String text;
    private final List<Segment> segments;

    private RouteTemplate(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /**
     * The template for {@code route} under {@code routePrefix}; an empty prefix means routes sit at
     * the root.
     */
    public static RouteTemplate of(String routePrefix, String route) {
        String prefix = trimSlashes(routePrefix == null ? "" : routePrefix);
        String path = trimSlashes(route == null ? "" : route);
        if (prefix.isEmpty()) {
            return parse(path);
        }
        return parse(path.isEmpty() ? prefix : prefix + "/" + path);
    }

    /**
     * Parses a complete template such as {@code api/clients/{id:guid}} (leading and trailing
     * slashes ignored).
     */
    public static RouteTemplate parse(String template) {
        String text = trimSlashes(template);
        List<Segment> segments = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String segment : text.split("/", -1)) {
                segments.add(parseSegment(segment, text));
            }
        }
        requireValidParameters(segments, text);
        return new RouteTemplate(text, segments);
    }

    /**
     * Matches a request path as it arrived (still percent-encoded, e.g. {@code
     * /api/clients/a%20b}).
     *
     * @return the decoded route values by parameter name (looked up case-insensitively, as the host
     *     does; an absent optional parameter has no entry), or empty when the path does not match
     */
    public Optional<Map<String, String>> match(String rawPath) {
        Optional<List<String>> decoded = decodeSegments(rawPath);
        if (decoded.isEmpty() || decoded.get().size() > segments.size()) {
            return Optional.empty();
        }
        List<String> pathSegments = decoded.get();
        Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            if (i >= pathSegments.size()) {
                if (segment instanceof Parameter parameter && parameter.optional()) {
                    continue;
                }
                return Optional.empty();
            }
            String value = pathSegments.get(i);
            switch (segment) {
                case Literal literal -> {
                    if (!literal.text().equalsIgnoreCase(value)) {
                        return Optional.empty();
                    }
                }
                case Parameter parameter -> {
                    if (!parameter.accepts(value)) {
                        return Optional.empty();
                    }
                    values.put(parameter.name(), value);
                }
            }
        }
        return Optional.of(Collections.unmodifiableMap(values));
    }

    /**
     * The template as written, without leading or trailing slash (e.g. {@code
     * api/clients/{id:guid}}).
     */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return "/" + text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RouteTemplate that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    private static int compareSpecificity(RouteTemplate a, RouteTemplate b) {
        int length = Math.max(a.segments.size(), b.segments.size());
        for (int i = 0; i < length; i++) {
            int byRank = Integer.compare(a.rankAt(i), b.rankAt(i));
            if (byRank != 0) {
                return byRank;
            }
        }
        return 0;
    }

    /**
     * Lower is more specific; a missing segment ranks lowest so that a shorter template wins a tie.
     */
    private int rankAt(int index) {
        if (index >= segments.size()) {
            return 0;
        }
        return switch (segments.get(index)) {
            case Literal literal -> 1;
            case Parameter parameter when parameter.optional() -> 4;
            case Parameter parameter when !parameter.constraints().isEmpty() -> 2;
            case Parameter parameter -> 3;
        };
    }

    private static Segment parseSegment(String segment, String template) {
        if (segment.isEmpty()) {
            throw new IllegalArgumentException("empty segment in route '" + template + "'");
        }
        boolean hasBraces = segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0;
        if (!hasBraces) {
            return new Literal(segment);
        }
        boolean wholeSegment =
                segment.length() > 2 && segment.startsWith("{") && segment.endsWith("}");
        String body = wholeSegment ? segment.substring(1, segment.length() - 1) : "";
        if (!wholeSegment || body.indexOf('{') >= 0 || body.indexOf('}') >= 0) {
            throw unsupported(
                    segment, template, "a segment must be a literal or one whole {parameter}");
        }
        boolean optional = body.endsWith("?");
        String[] parts = (optional ? body.substring(0, body.length() - 1) : body).split(":", -1);
        String name = parts[0];
        if (!PARAMETER_NAME.matcher(name).matches()) {
            throw unsupported(
                    segment,
                    template,
                    "catch-all, default values and unusual names are not supported");
        }
        List<RouteConstraint> constraints = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            constraints.add(RouteConstraint.named(parts[i]));
        }
        return new Parameter(name, constraints, optional);
    }

    private static void requireValidParameters(List<Segment> segments, String template) {
        Set<String> names = new HashSet<>();
        boolean seenOptional = false;
        for (Segment segment : segments) {
            boolean optional = segment instanceof Parameter parameter && parameter.optional();
            if (seenOptional && !optional) {
                throw new IllegalArgumentException(
                        "optional parameters must come last in route '" + template + "'");
            }
            seenOptional |= optional;
            if (segment instanceof Parameter parameter
                    && !names.add(parameter.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(
                        "parameter '" + parameter.name() + "' repeats in '" + template + "'");
            }
        }
    }

    /**
     * Splits before decoding so that an encoded slash ({@code %2F}) stays inside its segment; one
     * trailing slash is insignificant, as in ASP.NET Core.
     */
    private static Optional<List<String>> decodeSegments(String rawPath) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            return Optional.of(List.of());
        }
        List<String> decoded = new ArrayList<>();
        try {
            for (String segment : path.split("/", -1)) {
                // URLDecoder is a form decoder; '+' is a literal plus in a path, so protect it
                // first.
                decoded.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        } catch (IllegalArgumentException malformedEscape) {
            return Optional.empty();
        }
        return Optional.of(decoded);
    }

    private static String trimSlashes(String value) {
        String trimmed = value.strip();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static IllegalArgumentException unsupported(
            String segment, String template, String why) {
        return new IllegalArgumentException(
                "route segment '"
                        + segment
                        + "' in '"
                        + template
                        + "' is not supported by the dev host: "
                        + why);
    }

    private sealed interface Segment permits Literal, Parameter {}

    private record Literal(String text) implements Segment {}

    private record Parameter(String name, List<RouteConstraint> constraints, boolean optional)
            implements Segment {
        boolean accepts(String value) {
            return !value.isEmpty()
                    && constraints.stream().allMatch(constraint -> constraint.accepts(value));
        }
    }
}
