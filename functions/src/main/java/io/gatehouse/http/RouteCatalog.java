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

    private RouteCatalog(Map<String, RouteRule> rulesByFunction) {
        this.rulesByFunction = Map.copyOf(rulesByFunction);
    }

    public static RouteCatalog of(List<Class<?>> functionClasses) {
        Map<String, RouteRule> rules = new HashMap<>();
        for (Class<?> type : functionClasses) {
            for (Method method : type.getDeclaredMethods()) {
                FunctionName name = method.getAnnotation(FunctionName.class);
                if (name == null || !isHttpTriggered(method)) {
                    continue;
                }
                Allow allow = method.getAnnotation(Allow.class);
                if (allow == null) {
                    throw new IllegalStateException("HTTP function " + name.value() + " declares no @Allow rule");
                }
                RouteRule rule;
                try {
                    rule = RouteRule.of(allow, method.getAnnotation(Audited.class));
                } catch (IllegalArgumentException nonsense) {
                    throw new IllegalStateException("HTTP function " + name.value() + ": " + nonsense.getMessage());
                }
                if (rules.put(name.value(), rule) != null) {
                    throw new IllegalStateException("HTTP function name used twice: " + name.value());
                }
            }
        }
        return new RouteCatalog(rules);
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
