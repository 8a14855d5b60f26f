package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dev host honours the app's {@link FunctionInstanceInjector} as the worker does: found with
 * ServiceLoader in the app's class loader, asked on every invocation, the no-arg constructor when
 * none is registered, and more than one refused. Each app here is a class loader that registers
 * exactly the injectors a test names (and hides any other registration on the class path).
 */
class FunctionInstancesTest {

    private static final String SERVICE =
            "META-INF/services/" + FunctionInstanceInjector.class.getName();

    @TempDir Path dir;

    @BeforeEach
    void resetCounts() {
        SampleInjector.INSTANCES_REQUESTED.set(0);
    }

    @Test
    void withoutAnInjectorEveryInvocationGetsANewInstanceFromTheNoArgConstructor()
            throws Exception {
        FunctionInstances instances = FunctionInstances.load(appRegistering());

        assertThat(instances.injector()).isEmpty();
        Object first = instances.instanceFor(SampleFunctions.class);
        assertThat(first).isInstanceOf(SampleFunctions.class);
        assertThat(instances.instanceFor(SampleFunctions.class)).isNotSameAs(first);
    }

    @Test
    void withoutAnInjectorAClassWithoutANoArgConstructorStopsTheHostAtStartUp() throws Exception {
        ClassLoader app = appRegistering();
        Path appDir = greetApp();

        assertThatThrownBy(() -> startWithContextLoader(app, appDir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Greet")
                .hasMessageContaining(SampleInjectedFunctions.class.getName());
    }

    @Test
    void withTheAppsInjectorEveryInvocationAsksItForTheInstance() throws Exception {
        ClassLoader app = appRegistering(SampleInjector.class.getName());
        try (DevHost host = startWithContextLoader(app, greetApp())) {
            HttpClient http = HttpClient.newHttpClient();
            for (int call = 0; call < 2; call++) {
                var response =
                        http.send(
                                HttpRequest.newBuilder(host.baseUri().resolve("/api/greet"))
                                        .build(),
                                BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(SampleInjector.GREETING);
            }
        }
        assertThat(SampleInjector.INSTANCES_REQUESTED)
                .as("asked once per invocation, as the worker asks")
                .hasValue(2);
    }

    @Test
    void theInjectorIsLoadedOnceForTheAppNotPerFunction() throws Exception {
        FunctionInstances instances =
                FunctionInstances.load(appRegistering(SampleInjector.class.getName()));

        assertThat(instances.injector()).get().isInstanceOf(SampleInjector.class);
        FunctionInstanceInjector loaded = instances.injector().orElseThrow();
        instances.instanceFor(SampleFunctions.class);
        instances.instanceFor(SampleInjectedFunctions.class);
        assertThat(instances.injector()).get().isSameAs(loaded);
        assertThat(SampleInjector.INSTANCES_REQUESTED).hasValue(2);
    }

    @Test
    void anAppThatRegistersTwoInjectorsIsRefusedAsTheWorkerRefusesIt() throws Exception {
        ClassLoader app =
                appRegistering(SampleInjector.class.getName(), OtherSampleInjector.class.getName());

        assertThatThrownBy(() -> FunctionInstances.load(app))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("more than one FunctionInstanceInjector");
    }

    private static DevHost startWithContextLoader(ClassLoader app, Path appDir) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(app);
        try {
            return DevHost.start(appDir, 0);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Path greetApp() {
        Path appDir = dir.resolve("app");
        FunctionAppDirectory.create(appDir, "api")
                .httpWithEntryPoint(
                        "Greet",
                        SampleInjectedFunctions.class.getName() + ".greet",
                        "greet",
                        "GET");
        return appDir;
    }

    /** The test class path, with a services file that lists only {@code injectors}. */
    private ClassLoader appRegistering(String... injectors) throws IOException {
        Path services = Files.createTempFile(dir, "injectors", ".txt");
        Files.write(services, List.of(injectors));
        URL registration = services.toUri().toURL();
        return new ClassLoader("function-app", FunctionInstancesTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals(SERVICE)
                        ? Collections.enumeration(List.of(registration))
                        : super.getResources(name);
            }
        };
    }
}
