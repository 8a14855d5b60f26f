package io.gatehouse.devhost;

import com.microsoft.azure.functions.HttpMethod;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An HTTP-triggered function as its packaged function.json declares it.
 *
 * @param functionName the function's folder name, which is its {@code @FunctionName}
 * @param entryPoint the class and method the worker invokes
 * @param route the route as declared, or the function name when function.json has none (as the host
 *     does)
 * @param template {@code route} with the app's route prefix applied, ready to match request paths
 * @param methods the methods the trigger accepts; all of them when function.json lists none
 * @param triggerBindingName the {@code name} of the httpTrigger binding (the request parameter's
 *     binding)
 * @param bindingNames the names of every binding, in declaration order (e.g. {@code req}, {@code
 *     $return})
 * @param authLevel the declared auth level, or {@code null}; the dev host does not enforce keys
 */
public record HttpFunctionMetadata(
        String functionName,
        EntryPoint entryPoint,
        String route,
        RouteTemplate template,
        Set<HttpMethod> methods,
        String triggerBindingName,
        List<String> bindingNames,
        String authLevel) {

    public HttpFunctionMetadata {
        // EnumSet keeps the declaration order, so listings read GET, HEAD, POST... in a stable
        // order.
        methods =
                Collections.unmodifiableSet(
                        methods.isEmpty()
                                ? EnumSet.noneOf(HttpMethod.class)
                                : EnumSet.copyOf(methods));
        bindingNames = List.copyOf(bindingNames);
    }

    public boolean accepts(HttpMethod method) {
        return methods.contains(method);
    }
}
