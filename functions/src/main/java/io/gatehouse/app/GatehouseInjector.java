package io.gatehouse.app;

import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import io.gatehouse.platform.ConfigurationException;
import io.gatehouse.platform.SecretStoreUnavailableException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The Java worker's injection hook (registered in {@code META-INF/services}): the worker loads it
 * once with the function app's class loader and asks it for the function-class instance of every
 * invocation. Gatehouse's function classes come wired from the process's {@link Gatehouse}; a class
 * it does not know is made with its no-arg constructor, as the worker would without a hook.
 */
public final class GatehouseInjector implements FunctionInstanceInjector {

    private final Supplier<Gatehouse> app;

    /**
     * The worker's constructor: the graph is the process's, built on the first instance request.
     */
    public GatehouseInjector() {
        this(ProcessApp::get);
    }

    GatehouseInjector(Supplier<Gatehouse> app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    @Override
    public <T> T getInstance(Class<T> functionClass) throws Exception {
        if (!FunctionClasses.isFunctionClass(functionClass)) {
            return functionClass.getDeclaredConstructor().newInstance();
        }
        Gatehouse graph;
        try {
            graph = app.get();
        } catch (ConfigurationException refused) {
            return FunctionClasses.build(functionClass, new Unconfigured(refused));
        } catch (SecretStoreUnavailableException outage) {
            // Key Vault did not answer at start-up: 503 with Retry-After now, a new try next time.
            return FunctionClasses.build(functionClass, new Unconfigured(outage));
        }
        return graph.functionInstance(functionClass);
    }
}
