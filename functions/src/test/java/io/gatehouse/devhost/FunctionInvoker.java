package io.gatehouse.devhost;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calls one function's entry point by reflection, the way the Java worker does. Everything that can be checked
 * without a request (the class loads, the method exists, every parameter can be bound) is checked when the
 * invoker is built, so a mismatch between function.json and the code stops the dev host at start-up.
 */
final class FunctionInvoker {

    /** What one invocation can bind parameters from. */
    record Invocation(DevHttpRequest request, Map<String, String> routeValues, ExecutionContext context) {
    }

    @FunctionalInterface
    private interface ArgumentSource {
        Object valueFor(Invocation invocation);
    }

    private final Method method;
    private final Constructor<?> constructor;
    private final List<ArgumentSource> arguments;

    private FunctionInvoker(Method method, Constructor<?> constructor, List<ArgumentSource> arguments) {
        this.method = method;
        this.constructor = constructor;
        this.arguments = arguments;
    }

    /** @throws IllegalStateException when the entry point cannot be loaded or its parameters cannot be bound */
    static FunctionInvoker forFunction(HttpFunctionMetadata function, ClassLoader classLoader) {
        EntryPoint entryPoint = function.entryPoint();
        try {
            Class<?> functionClass = Class.forName(entryPoint.className(), true, classLoader);
            if (!Modifier.isPublic(functionClass.getModifiers())) {
                throw new IllegalArgumentException("the function class must be public, as the worker requires");
            }
            Method method = findMethod(functionClass, entryPoint.methodName(), function.functionName());
            Constructor<?> constructor =
                    Modifier.isStatic(method.getModifiers()) ? null : functionClass.getConstructor();
            List<ArgumentSource> arguments = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                arguments.add(argumentSourceFor(parameter));
            }
            return new FunctionInvoker(method, constructor, List.copyOf(arguments));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalArgumentException e) {
            throw new IllegalStateException("function " + function.functionName() + " (" + entryPoint + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Runs the function once. A new instance per call, because that is what the Java worker does: a function
     * class that keeps state in fields would behave differently in Azure than under a host that reuses it.
     *
     * @return what the method returned
     * @throws Throwable whatever the constructor or the method threw, unwrapped
     */
    Object invoke(Invocation invocation) throws Throwable {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.get(i).valueFor(invocation);
        }
        try {
            Object target = constructor == null ? null : constructor.newInstance();
            return method.invoke(target, values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Method findMethod(Class<?> functionClass, String methodName, String functionName)
            throws NoSuchMethodException {
        List<Method> candidates = Arrays.stream(functionClass.getMethods())
                .filter(method -> method.getName().equals(methodName))
                .toList();
        if (candidates.size() > 1) {
            // Overloads: the one carrying this function's @FunctionName is the entry point.
            candidates = candidates.stream()
                    .filter(method -> method.isAnnotationPresent(FunctionName.class)
                            && method.getAnnotation(FunctionName.class).value().equals(functionName))
                    .toList();
        }
        if (candidates.size() != 1) {
            throw new NoSuchMethodException("expected one public method named " + methodName + " in "
                    + functionClass.getName() + ", found " + candidates.size());
        }
        return candidates.getFirst();
    }

    private static ArgumentSource argumentSourceFor(Parameter parameter) {
        if (parameter.isAnnotationPresent(HttpTrigger.class)) {
            requireOptionalStringRequest(parameter);
            return Invocation::request;
        }
        if (parameter.isAnnotationPresent(BindingName.class)) {
            requireType(parameter, String.class, "@BindingName");
            String name = parameter.getAnnotation(BindingName.class).value();
            return invocation -> bindingValue(invocation, name);
        }
        if (parameter.getType() == ExecutionContext.class) {
            return Invocation::context;
        }
        throw new IllegalArgumentException("parameter '" + parameter.getName() + "' has no binding the dev host "
                + "supports (@HttpTrigger, @BindingName or ExecutionContext)");
    }

    /** A route value wins over a query parameter of the same name; neither present binds null, as in the worker. */
    private static String bindingValue(Invocation invocation, String name) {
        String routeValue = invocation.routeValues().get(name);
        return routeValue != null ? routeValue : invocation.request().getQueryParameters().get(name);
    }

    /** The dev host hands every function the body as Optional<String>; any other body type would fail per call. */
    private static void requireOptionalStringRequest(Parameter parameter) {
        Type type = parameter.getParameterizedType();
        boolean optionalString = type instanceof ParameterizedType request
                && request.getRawType() == HttpRequestMessage.class
                && request.getActualTypeArguments()[0] instanceof ParameterizedType body
                && body.getRawType() == Optional.class
                && body.getActualTypeArguments()[0] == String.class;
        if (!optionalString) {
            throw new IllegalArgumentException(
                    "the @HttpTrigger parameter must be HttpRequestMessage<Optional<String>>, found "
                            + type.getTypeName());
        }
    }

    private static void requireType(Parameter parameter, Class<?> expected, String binding) {
        if (parameter.getType() != expected) {
            throw new IllegalArgumentException(binding + " parameter '" + parameter.getName() + "' must be "
                    + expected.getSimpleName() + " in the dev host, found " + parameter.getType().getSimpleName());
        }
    }
}
