package io.gatehouse.devhost;

import com.microsoft.azure.functions.annotation.FunctionName;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calls one function's entry point by reflection, the way the Java worker does, on the instance the
 * app's {@link FunctionInstances} give (its injector's, or a new one from the no-arg constructor).
 * Everything that can be checked without an invocation (the class loads, the method exists, every
 * parameter can be bound) is checked when the invoker is built, so a mismatch between function.json
 * and the code stops the dev host at start-up.
 *
 * @param <I> what one invocation carries (an HTTP request, a queue message, ...); the trigger's
 *     {@link ParameterBinder} decides which part of it each parameter receives
 */
final class FunctionInvoker<I> {

    /** Where one parameter's value comes from in an invocation. */
    @FunctionalInterface
    interface ArgumentSource<I> {
        Object valueFor(I invocation);
    }

    /**
     * A trigger's binding rules: the source for a parameter, or an {@link IllegalArgumentException}
     * refusing it.
     */
    @FunctionalInterface
    interface ParameterBinder<I> {
        ArgumentSource<I> sourceFor(Parameter parameter);
    }

    private final Method method;

    /** {@code null} for a static entry point, which needs no instance. */
    private final Class<?> instanceClass;

    private final FunctionInstances instances;
    private final List<ArgumentSource<I>> arguments;

    private FunctionInvoker(
            Method method,
            Class<?> instanceClass,
            FunctionInstances instances,
            List<ArgumentSource<I>> arguments) {
        this.method = method;
        this.instanceClass = instanceClass;
        this.instances = instances;
        this.arguments = arguments;
    }

    static FunctionInvoker<HttpInvocation> forHttpFunction(
            HttpFunctionMetadata function, FunctionInstances instances) {
        return load(
                function.functionName(),
                function.entryPoint(),
                instances,
                new HttpParameterBinder());
    }

    static FunctionInvoker<QueueInvocation> forQueueFunction(
            QueueFunctionMetadata function, FunctionInstances instances) {
        return load(
                function.functionName(),
                function.entryPoint(),
                instances,
                new QueueParameterBinder());
    }

    static FunctionInvoker<TimerInvocation> forTimerFunction(
            TimerFunctionMetadata function, FunctionInstances instances) {
        return load(
                function.functionName(),
                function.entryPoint(),
                instances,
                new TimerParameterBinder());
    }

    /**
     * @throws IllegalStateException when the entry point cannot be loaded or its parameters cannot
     *     be bound
     */
    static <I> FunctionInvoker<I> load(
            String functionName,
            EntryPoint entryPoint,
            FunctionInstances instances,
            ParameterBinder<I> binder) {
        try {
            Class<?> functionClass =
                    Class.forName(entryPoint.className(), true, instances.classLoader());
            if (!Modifier.isPublic(functionClass.getModifiers())) {
                throw new IllegalArgumentException(
                        "the function class must be public, as the worker requires");
            }
            Method method = findMethod(functionClass, entryPoint.methodName(), functionName);
            Class<?> instanceClass =
                    Modifier.isStatic(method.getModifiers()) ? null : functionClass;
            if (instanceClass != null) {
                instances.requireInstantiable(instanceClass);
            }
            List<ArgumentSource<I>> arguments = new ArrayList<>();
            for (Parameter parameter : method.getParameters()) {
                arguments.add(binder.sourceFor(parameter));
            }
            return new FunctionInvoker<>(method, instanceClass, instances, List.copyOf(arguments));
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "function " + functionName + " (" + entryPoint + "): " + e.getMessage(), e);
        }
    }

    /**
     * Runs the function once. The instance is asked for on every call, because that is what the
     * Java worker does: without an injector each call gets a new instance (a function class that
     * keeps state in fields would behave differently in Azure than under a host that reuses it);
     * with one, the injector decides.
     *
     * @return what the method returned
     * @throws Throwable whatever the injector, the constructor or the method threw, unwrapped
     */
    Object invoke(I invocation) throws Throwable {
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = arguments.get(i).valueFor(invocation);
        }
        try {
            Object target = instanceClass == null ? null : instances.instanceFor(instanceClass);
            return method.invoke(target, values);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** For binders: refuses a parameter whose type the dev host cannot give it. */
    static void requireType(Parameter parameter, String binding, Class<?>... allowed) {
        if (!Arrays.asList(allowed).contains(parameter.getType())) {
            String expected =
                    allowed.length == 1
                            ? allowed[0].getSimpleName()
                            : "one of " + Arrays.stream(allowed).map(Class::getSimpleName).toList();
            throw new IllegalArgumentException(
                    binding
                            + " parameter '"
                            + parameter.getName()
                            + "' must be "
                            + expected
                            + " in the dev host, found "
                            + parameter.getType().getSimpleName());
        }
    }

    private static Method findMethod(Class<?> functionClass, String methodName, String functionName)
            throws NoSuchMethodException {
        List<Method> candidates =
                Arrays.stream(functionClass.getMethods())
                        .filter(method -> method.getName().equals(methodName))
                        .toList();
        if (candidates.size() > 1) {
            // Overloads: the one carrying this function's @FunctionName is the entry point.
            candidates =
                    candidates.stream()
                            .filter(
                                    method ->
                                            method.isAnnotationPresent(FunctionName.class)
                                                    && method.getAnnotation(FunctionName.class)
                                                            .value()
                                                            .equals(functionName))
                            .toList();
        }
        if (candidates.size() != 1) {
            throw new NoSuchMethodException(
                    "expected one public method named "
                            + methodName
                            + " in "
                            + functionClass.getName()
                            + ", found "
                            + candidates.size());
        }
        return candidates.getFirst();
    }
}
