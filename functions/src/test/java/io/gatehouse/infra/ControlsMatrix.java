package io.gatehouse.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the OSCAL component definition (docs/oscal) and finds what would make it untrue: a control
 * with no test, a test that does not exist, a file that is gone. Tests are found by their source
 * (the class's file under any {@code src/test/java}, and a {@code @Test}-annotated method of that
 * name in it), so the check needs no test to run and survives the build being split into modules.
 */
final class ControlsMatrix {

    static final String NS = "https://gatehouse.invalid/ns/oscal";
    private static final Pattern TEST_ID = Pattern.compile("([a-z][\\w.]*)\\.([A-Z]\\w*)#(\\w+)");
    private static final Pattern OSCAL_TOKEN = Pattern.compile("^[A-Za-z_][A-Za-z0-9._-]*$");
    private static final Pattern UUID =
            Pattern.compile(
                    "^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

    /** One implemented requirement, flattened. */
    record Control(
            String framework, String id, List<String> implementedIn, List<String> verifiedBy) {}

    private final Path root;
    private final Map<String, Optional<String>> sources = new HashMap<>();

    ControlsMatrix(Path root) {
        this.root = root;
    }

    static List<Control> controls(JsonNode definition) {
        List<Control> controls = new ArrayList<>();
        for (JsonNode component : definition.path("component-definition").path("components")) {
            for (JsonNode implementation : component.path("control-implementations")) {
                String framework =
                        prop(implementation, "framework").stream().findFirst().orElse("");
                for (JsonNode requirement : implementation.path("implemented-requirements")) {
                    controls.add(
                            new Control(
                                    framework,
                                    requirement.path("control-id").asText(),
                                    prop(requirement, "implemented-in"),
                                    prop(requirement, "verified-by")));
                }
            }
        }
        return controls;
    }

    /** Everything that makes the definition untrue, one line each. */
    List<String> violations(JsonNode definition) {
        List<String> violations = new ArrayList<>();
        List<String> uuids = new ArrayList<>();
        definition.findValues("uuid").forEach(uuid -> uuids.add(uuid.asText()));
        for (String uuid : uuids) {
            if (!UUID.matcher(uuid).matches()) {
                violations.add("not an OSCAL uuid: " + uuid);
            }
        }
        if (uuids.stream().distinct().count() != uuids.size()) {
            violations.add("a uuid is used twice");
        }
        for (Control control : controls(definition)) {
            String what = control.framework() + " " + control.id();
            if (!OSCAL_TOKEN.matcher(control.id()).matches()) {
                violations.add(what + ": control-id is not an OSCAL token");
            }
            if (control.verifiedBy().isEmpty()) {
                violations.add(what + ": no test proves it");
            }
            if (control.implementedIn().isEmpty()) {
                violations.add(what + ": implemented nowhere");
            }
            for (String test : control.verifiedBy()) {
                testProblem(test).ifPresent(problem -> violations.add(what + ": " + problem));
            }
            for (String place : control.implementedIn()) {
                if (!Files.exists(root.resolve(place))) {
                    violations.add(what + ": " + place + " does not exist");
                }
            }
        }
        return violations;
    }

    /** Why {@code class#method} is not a test here, if it is not. */
    Optional<String> testProblem(String test) {
        Matcher id = TEST_ID.matcher(test);
        if (!id.matches()) {
            return Optional.of(test + " is not written package.Class#method");
        }
        String className = id.group(1) + "." + id.group(2);
        Optional<String> source = sources.computeIfAbsent(className, this::sourceOf);
        if (source.isEmpty()) {
            return Optional.of(test + ": no test class " + className);
        }
        String text = source.get();
        Matcher declaration =
                Pattern.compile("\\bvoid\\s+" + Pattern.quote(id.group(3)) + "\\s*\\(")
                        .matcher(text);
        while (declaration.find()) {
            // Its annotations: everything since the previous member ended (a line holding only
            // "}" or ending in ";"); annotation arguments may hold braces, but not such a line.
            String before = text.substring(0, declaration.start());
            Matcher memberEnd = Pattern.compile("(?m)^\\s*}\\s*$|;\\s*$").matcher(before);
            int from = 0;
            while (memberEnd.find()) {
                from = memberEnd.end();
            }
            if (Pattern.compile("@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b")
                    .matcher(before.substring(from))
                    .find()) {
                return Optional.empty();
            }
        }
        return Optional.of(test + ": " + className + " has no test method " + id.group(3));
    }

    private Optional<String> sourceOf(String className) {
        String relative = "src/test/java/" + className.replace('.', '/') + ".java";
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> !file.toString().contains("/target/"))
                    .filter(file -> !file.toString().contains("/node_modules/"))
                    .filter(file -> file.toString().endsWith("/" + relative))
                    .findFirst()
                    .map(InfraFiles::read);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> prop(JsonNode node, String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode prop : node.path("props")) {
            if (prop.path("name").asText().equals(name) && prop.path("ns").asText().equals(NS)) {
                values.add(prop.path("value").asText());
            }
        }
        return values;
    }
}
