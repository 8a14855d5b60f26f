package io.gatehouse.http;

import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access rule and audit event of every HTTP function, read once from the {@link Allow} and
 * {@link Audited} annotations beside the routes. Building it fails when any HTTP function has no
 * rule, or reaches data without declaring its event, so a route that forgets either stops the app
 * from starting instead of being served.
 */
public final class RouteCatalog {

    private final Map<String, RouteRule> rulesByFunction;
    private final Map<String, String> gatesByFunction;

    private RouteCatalog(
            Map<String, RouteRule> rulesByFunction, Map<String, String> gatesByFunction) {
        this.rulesByFunction = Map.copyOf(rulesByFunction);
        this.gatesByFunction = Map.copyOf(gatesByFunction);
    }

    public static RouteCatalog of(List<Class<?>> functionClasses) {
        Map<String, RouteRule> rules = new HashMap<>();
        Map<String, String> gates = new HashMap<>();
        for (Class<?> type : functionClasses) {
            for (Method method : type.getDeclaredMethods()) {
                FunctionName name = method.getAnnotation(FunctionName.class);
                if (name == null || !isHttpTriggered(method)) {
                    continue;
                }
                Allow allow = method.getAnnotation(Allow.class);
                if (allow == null) {
                    throw new IllegalStateException(
                            "HTTP function " + name.value() + " declares no @Allow rule");
                }
                RouteRule rule;
                try {
                    rule = RouteRule.of(allow, method.getAnnotation(Audited.class));
                } catch (IllegalArgumentException nonsense) {
                    throw new IllegalStateException(
                            "HTTP function " + name.value() + ": " + nonsense.getMessage());
                }
                if (rules.put(name.value(), rule) != null) {
                    throw new IllegalStateException(
                            "HTTP function name used twice: " + name.value());
                }
                Gated gated = method.getAnnotation(Gated.class);
                if (gated != null) {
                    gates.put(name.value(), checkedGate(name.value(), rule, gated));
                }
            }
        }
        return new RouteCatalog(rules, gates);
    }

    /** A gated action is a tenant's, by an identified caller, and its request is audited. */
    private static String checkedGate(String function, RouteRule rule, Gated gated) {
        if (rule.access() == Access.ANONYMOUS || rule.data() != DataScope.TENANT) {
            throw new IllegalStateException(
                    "HTTP function "
                            + function
                            + ": a gated route must be a tenant route with a caller");
        }
        if (!gated.value().matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+")) {
            throw new IllegalStateException(
                    "HTTP function " + function + ": gate names look like client.delete");
        }
        return gated.value();
    }

    /** The approval gate a route declares with {@link Gated}, if any. */
    public Optional<String> gateFor(String functionName) {
        return Optional.ofNullable(gatesByFunction.get(functionName));
    }

    /**
     * Every declared gate, by function; the app checks at start-up that each names a registered
     * action.
     */
    public Map<String, String> gates() {
        return gatesByFunction;
    }

    public Optional<RouteRule> ruleFor(String functionName) {
        return Optional.ofNullable(rulesByFunction.get(functionName));
    }

    public Map<String, RouteRule> rules() {
        return rulesByFunction;
    }

    static boolean isHttpTriggered(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(HttpTrigger.class)) {
                return true;
            }
        }
        return false;
    }
}
