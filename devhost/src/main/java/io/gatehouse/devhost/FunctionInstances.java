package io.gatehouse.devhost;

import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.lang.reflect.InvocationTargetException;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Where the dev host gets the instance a function is invoked on, as the Java worker does: once per
 * host it looks for a {@link FunctionInstanceInjector} with {@link ServiceLoader} in the function
 * app's class loader; if the app registers one (META-INF/services), it is asked for the instance of
 * every invocation; if it registers none, each invocation gets a new instance from the public
 * no-arg constructor; if it registers more than one, the app is refused, as the worker refuses it.
 */
final class FunctionInstances {

    private final ClassLoader classLoader;

    /** {@code null}: the app registers none. */
    private final FunctionInstanceInjector injector;

    private FunctionInstances(ClassLoader classLoader, FunctionInstanceInjector injector) {
        this.classLoader = classLoader;
        this.injector = injector;
    }

    /**
     * @throws IllegalStateException when the app registers more than one injector, or one cannot be
     *     created
     */
    static FunctionInstances load(ClassLoader classLoader) {
        Objects.requireNonNull(classLoader, "classLoader");
        Iterator<FunctionInstanceInjector> found =
                ServiceLoader.load(FunctionInstanceInjector.class, classLoader).iterator();
        try {
            if (!found.hasNext()) {
                return new FunctionInstances(classLoader, null);
            }
            FunctionInstanceInjector injector = found.next();
            if (found.hasNext()) {
                throw new IllegalStateException(
                        "the function app registers more than one FunctionInstanceInjector ("
                                + injector.getClass().getName()
                                + ", "
                                + found.next().getClass().getName()
                                + ")");
            }
            return new FunctionInstances(classLoader, injector);
        } catch (ServiceConfigurationError e) {
            throw new IllegalStateException(
                    "the function app's FunctionInstanceInjector cannot be loaded: "
                            + e.getMessage(),
                    e);
        }
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    /** The injector the app registers, if any (for the start-up description and tests). */
    Optional<FunctionInstanceInjector> injector() {
        return Optional.ofNullable(injector);
    }

    /**
     * Checked when a function is loaded: without an injector the worker needs a public no-arg
     * constructor, so a class without one stops the dev host at start-up rather than at its first
     * invocation. With an injector the injector alone decides how the class is made.
     *
     * @throws NoSuchMethodException when no injector is registered and the class has no public
     *     no-arg constructor
     */
    void requireInstantiable(Class<?> functionClass) throws NoSuchMethodException {
        if (injector == null) {
            functionClass.getConstructor();
        }
    }

    /**
     * The instance for one invocation.
     *
     * @throws Exception whatever the injector or the constructor threw (a constructor's exception
     *     unwrapped)
     */
    Object instanceFor(Class<?> functionClass) throws Exception {
        if (injector != null) {
            return injector.getInstance(functionClass);
        }
        try {
            return functionClass.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
