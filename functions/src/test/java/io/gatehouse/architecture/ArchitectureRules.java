package io.gatehouse.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.spi.inject.FunctionInstanceInjector;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.HashSet;
import java.util.Set;

/**
 * The three rules of docs/architecture.md, built for a root package so that the same builders check
 * the product ({@code io.gatehouse}) and the deliberately broken fixture under {@code
 * io.gatehouse.architecture.fixture} — a rule that was never seen failing proves nothing.
 */
final class ArchitectureRules {

    static final String SECURITY = "Security";
    static final String FOUNDATION = "Foundation";
    static final String PIPELINES = "Pipelines";
    static final String FEATURES = "Features";
    static final String APP = "App";

    private ArchitectureRules() {}

    /** No two top-level packages under the root may reach each other, however indirectly. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..")
                .namingSlices("$1")
                .should()
                .beFreeOfCycles()
                .as("top-level packages under " + root + " form no import cycle");
    }

    /**
     * Each layer uses only the layers below it (and itself). Features may use each other as long as
     * {@link #noPackageCycles} holds; nothing but the composition root knows every feature.
     */
    static LayeredArchitecture layersPointDown(String root) {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer(SECURITY)
                .definedBy(root + ".security..")
                .layer(FOUNDATION)
                .definedBy(
                        root + ".platform..",
                        root + ".observability..",
                        root + ".tenancy..",
                        root + ".db..")
                .layer(PIPELINES)
                .definedBy(root + ".http..", root + ".consumers..", root + ".evidence..")
                .layer(FEATURES)
                .definedBy(
                        root + ".approvals..",
                        root + ".audit..",
                        root + ".clients..",
                        root + ".exports..",
                        root + ".me..",
                        root + ".messaging..",
                        root + ".pii..",
                        root + ".reasoning..",
                        root + ".status..",
                        root + ".tenants..")
                .layer(APP)
                .definedBy(root + ".app..")
                .whereLayer(SECURITY)
                .mayNotAccessAnyLayer()
                .whereLayer(FOUNDATION)
                .mayOnlyAccessLayers(SECURITY)
                .whereLayer(PIPELINES)
                .mayOnlyAccessLayers(SECURITY, FOUNDATION)
                .whereLayer(FEATURES)
                .mayOnlyAccessLayers(SECURITY, FOUNDATION, PIPELINES)
                .whereLayer(APP)
                .mayNotBeAccessedByAnyLayer()
                .ensureAllClassesAreContainedInArchitecture();
    }

    /**
     * A public top-level type is public for someone in another package; if nobody there uses it, it
     * should be package-private. Left out: what is loaded by name rather than imported — the
     * function classes the Functions worker finds through their {@link FunctionName} methods, the
     * injector it finds through {@code META-INF/services}, command-line entry points — and the jOOQ
     * classes generated into {@code db}.
     */
    static ArchRule publicTypesAreUsedOutsideTheirPackage(String root) {
        return publicTypesAreUsedOutsideTheirPackage(root, new String[0]);
    }

    /**
     * The same, on classes imported together with code that uses the product without being part of
     * it ({@code clients}, package patterns): their uses count, their own types are not checked.
     */
    static ArchRule publicTypesAreUsedOutsideTheirPackage(String root, String... clients) {
        return classes()
                .that()
                .resideInAPackage(root + "..")
                .and()
                .resideOutsideOfPackages(clients)
                .and()
                .arePublic()
                .and()
                .areTopLevelClasses()
                .and()
                .resideOutsideOfPackage(root + ".db..")
                .and(not(LOADED_BY_NAME))
                .should(BE_USED_OUTSIDE_THEIR_PACKAGE)
                .allowEmptyShould(true)
                .as(
                        "public top-level types under "
                                + root
                                + " are used outside their package"
                                + " (function classes, service providers, main classes and db excepted)");
    }

    private static final DescribedPredicate<JavaClass> LOADED_BY_NAME =
            DescribedPredicate.describe(
                    "loaded by name (function class, service provider, main class)",
                    type ->
                            type.getMethods().stream()
                                            .anyMatch(
                                                    method ->
                                                            method.isAnnotatedWith(
                                                                    FunctionName.class))
                                    || type.isAssignableTo(FunctionInstanceInjector.class)
                                    || type.getMethods().stream()
                                            .anyMatch(
                                                    method ->
                                                            method.getName().equals("main")
                                                                    && method.getModifiers()
                                                                            .contains(
                                                                                    JavaModifier
                                                                                            .STATIC)));

    private static final ArchCondition<JavaClass> BE_USED_OUTSIDE_THEIR_PACKAGE =
            new ArchCondition<>("be used outside their package") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (!usedOutsideItsPackage(type) && !inSignatureUsedOutside(type)) {
                        events.add(
                                SimpleConditionEvent.violated(
                                        type,
                                        type.getName()
                                                + " is public but used only inside "
                                                + type.getPackageName()));
                    }
                }
            };

    private static boolean usedOutsideItsPackage(JavaClass type) {
        return type.getDirectDependenciesToSelf().stream()
                .anyMatch(
                        dependency ->
                                !dependency
                                        .getOriginClass()
                                        .getPackageName()
                                        .equals(type.getPackageName()));
    }

    /**
     * A lambda or method reference passed where a type is expected leaves no trace of that type in
     * the caller's byte code ({@code http.handle(request, handlers::list)} never names {@code
     * Handler}), so a type also counts as used when it is a parameter or return type of a method
     * that another package calls.
     */
    private static boolean inSignatureUsedOutside(JavaClass type) {
        Set<JavaCodeUnit> signatures = new HashSet<>(type.getMethodsWithParameterTypeOfSelf());
        signatures.addAll(type.getMethodsWithReturnTypeOfSelf());
        signatures.addAll(type.getConstructorsWithParameterTypeOfSelf());
        signatures.addAll(signaturesWithTypeArgumentOf(type));
        return signatures.stream()
                .flatMap(member -> member.getAccessesToSelf().stream())
                .anyMatch(
                        access ->
                                !access.getOriginOwner()
                                        .getPackageName()
                                        .equals(type.getPackageName()));
    }

    /**
     * Code units of the type's own package whose signature names it only as a type argument ({@code
     * Supplier<PseudonymKey> forCaller(Call)}): a caller in another package that uses the result
     * never names the type in its byte code either.
     */
    private static Set<JavaCodeUnit> signaturesWithTypeArgumentOf(JavaClass type) {
        Set<JavaCodeUnit> found = new HashSet<>();
        for (JavaClass neighbour : type.getPackage().getClasses()) {
            for (JavaCodeUnit member : neighbour.getCodeUnits()) {
                boolean inReturn = member.getReturnType().getAllInvolvedRawTypes().contains(type);
                boolean inParameters =
                        member.getParameters().stream()
                                .anyMatch(p -> p.getType().getAllInvolvedRawTypes().contains(type));
                if (inReturn || inParameters) {
                    found.add(member);
                }
            }
        }
        return found;
    }
}
