package io.gatehouse.devhost;

import com.microsoft.azure.functions.HttpMethod;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the function for a request: the most specific route whose path matches and whose trigger
 * accepts the method. A path that matches only under another method finds nothing; {@link
 * #methodsAllowedOn} then names the methods that would have matched, for the 405's Allow header.
 */
final class RouteTable {

    private final List<HttpFunctionMetadata> functionsMostSpecificFirst;

    private RouteTable(List<HttpFunctionMetadata> functionsMostSpecificFirst) {
        this.functionsMostSpecificFirst = functionsMostSpecificFirst;
    }

    static RouteTable of(List<HttpFunctionMetadata> functions) {
        // Name as the tie-breaker keeps the choice stable between runs when two routes are equally
        // specific.
        return new RouteTable(
                functions.stream()
                        .sorted(
                                Comparator.comparing(
                                                HttpFunctionMetadata::template,
                                                RouteTemplate.MOST_SPECIFIC_FIRST)
                                        .thenComparing(HttpFunctionMetadata::functionName))
                        .toList());
    }

    Optional<RouteMatch> find(HttpMethod method, String rawPath) {
        for (HttpFunctionMetadata function : functionsMostSpecificFirst) {
            if (!function.accepts(method)) {
                continue;
            }
            Optional<Map<String, String>> routeValues = function.template().match(rawPath);
            if (routeValues.isPresent()) {
                return Optional.of(new RouteMatch(function, routeValues.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * @return the methods of every route whose path matches, in declaration order; empty when none
     *     does
     */
    Set<HttpMethod> methodsAllowedOn(String rawPath) {
        Set<HttpMethod> allowed = EnumSet.noneOf(HttpMethod.class);
        for (HttpFunctionMetadata function : functionsMostSpecificFirst) {
            if (function.template().match(rawPath).isPresent()) {
                allowed.addAll(function.methods());
            }
        }
        return allowed;
    }

    record RouteMatch(HttpFunctionMetadata function, Map<String, String> routeValues) {}
}
