package io.gatehouse.devhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteTemplateTest {

    private static final String GUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    @Nested
    class Literals {

        @Test
        void matchRegardlessOfCase() {
            RouteTemplate template = RouteTemplate.of("api", "clients/export");

            assertThat(template.match("/api/clients/export")).contains(Map.of());
            assertThat(template.match("/API/Clients/EXPORT")).contains(Map.of());
        }

        @Test
        void ignoreOneTrailingSlash() {
            assertThat(RouteTemplate.of("api", "clients").match("/api/clients/")).isPresent();
        }

        @Test
        void doNotMatchLongerOrShorterPaths() {
            RouteTemplate template = RouteTemplate.of("api", "clients/export");

            assertThat(template.match("/api/clients/export/now")).isEmpty();
            assertThat(template.match("/api/clients")).isEmpty();
            assertThat(template.match("/api//export")).isEmpty();
        }
    }

    @Nested
    class Prefix {

        @Test
        void isRequiredInFrontOfTheRoute() {
            RouteTemplate template = RouteTemplate.of("api", "clients");

            assertThat(template.text()).isEqualTo("api/clients");
            assertThat(template.match("/clients")).isEmpty();
        }

        @Test
        void canBeEmptyToServeRoutesAtTheRoot() {
            RouteTemplate template = RouteTemplate.of("", "clients");

            assertThat(template.text()).isEqualTo("clients");
            assertThat(template.match("/clients")).isPresent();
            assertThat(template.match("/api/clients")).isEmpty();
        }

        @Test
        void andRouteMayCarrySlashesAtEitherEnd() {
            assertThat(RouteTemplate.of("/v1/", "/clients/").text()).isEqualTo("v1/clients");
        }
    }

    @Nested
    class Parameters {

        @Test
        void bindTheWholeSegmentDecoded() {
            RouteTemplate template = RouteTemplate.of("api", "clients/{id}/notes/{noteId}");

            assertThat(template.match("/api/clients/a%20b/notes/x+y"))
                    .contains(Map.of("id", "a b", "noteId", "x+y"));
        }

        @Test
        void keepAnEncodedSlashInsideItsSegment() {
            assertThat(RouteTemplate.of("api", "files/{name}").match("/api/files/a%2Fb"))
                    .contains(Map.of("name", "a/b"));
        }

        @Test
        void areLookedUpByNameIgnoringCase() {
            Map<String, String> values =
                    RouteTemplate.of("api", "clients/{clientId}")
                            .match("/api/clients/7")
                            .orElseThrow();

            assertThat(values.get("CLIENTID")).isEqualTo("7");
        }

        @Test
        void neverMatchAnEmptySegment() {
            assertThat(RouteTemplate.of("api", "clients/{id}/notes").match("/api/clients//notes"))
                    .isEmpty();
        }

        @Test
        void doNotMatchAMalformedEscape() {
            assertThat(RouteTemplate.of("api", "clients/{id}").match("/api/clients/%zz")).isEmpty();
        }
    }

    @Nested
    class Constraints {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    GUID,
                    "3F2504E0-4F89-41D3-9A0C-0305E82C3301",
                    "3f2504e04f8941d39a0c0305e82c3301",
                    "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}"
                })
        void guidAcceptsTheFormsTheHostParses(String value) {
            assertThat(RouteTemplate.of("api", "clients/{id:guid}").match("/api/clients/" + value))
                    .isPresent();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "42",
                    "not-a-guid",
                    "3f2504e0-4f89-41d3-9a0c-0305e82c330",
                    "3f2504e0-4f89-41d3-9a0c"
                })
        void guidRejectsAnythingElse(String value) {
            assertThat(RouteTemplate.of("api", "clients/{id:guid}").match("/api/clients/" + value))
                    .isEmpty();
        }

        @Test
        void intAcceptsThirtyTwoBitIntegersOnly() {
            RouteTemplate template = RouteTemplate.of("api", "pages/{n:int}");

            assertThat(template.match("/api/pages/42")).contains(Map.of("n", "42"));
            assertThat(template.match("/api/pages/-3")).isPresent();
            assertThat(template.match("/api/pages/2147483648")).isEmpty();
            assertThat(template.match("/api/pages/4x")).isEmpty();
        }

        @Test
        void alphaAcceptsLettersOnly() {
            RouteTemplate template = RouteTemplate.of("api", "tags/{tag:alpha}");

            assertThat(template.match("/api/tags/Urgent")).isPresent();
            assertThat(template.match("/api/tags/urgent1")).isEmpty();
        }

        @Test
        void combineAndMustAllHold() {
            RouteTemplate template = RouteTemplate.of("api", "n/{n:int:long}");

            assertThat(template.match("/api/n/5")).isPresent();
            assertThat(template.match("/api/n/5000000000")).isEmpty();
        }

        @Test
        void thatAreUnknownAreRejectedWhenParsed() {
            assertThatThrownBy(() -> RouteTemplate.of("api", "clients/{id:uuid}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'uuid'");
        }
    }

    @Nested
    class OptionalParameters {

        @Test
        void matchWithOrWithoutTheSegment() {
            RouteTemplate template = RouteTemplate.of("api", "items/{name?}");

            assertThat(template.match("/api/items/lamp")).contains(Map.of("name", "lamp"));
            assertThat(template.match("/api/items")).contains(Map.of());
        }

        @Test
        void stillApplyTheirConstraintWhenPresent() {
            RouteTemplate template = RouteTemplate.of("api", "items/{name:alpha?}");

            assertThat(template.match("/api/items")).isPresent();
            assertThat(template.match("/api/items/123")).isEmpty();
        }

        @Test
        void mustComeLast() {
            assertThatThrownBy(() -> RouteTemplate.of("api", "items/{name?}/details"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("optional");
        }
    }

    @Nested
    class Precedence {

        @Test
        void literalBeatsParameter() {
            assertThat(mostSpecificFirst("clients/{id}", "clients/export"))
                    .containsExactly("api/clients/export", "api/clients/{id}");
        }

        @Test
        void constrainedParameterBeatsPlainOneWhichBeatsOptionalOne() {
            assertThat(mostSpecificFirst("clients/{id?}", "clients/{id}", "clients/{id:int}"))
                    .containsExactly(
                            "api/clients/{id:int}", "api/clients/{id}", "api/clients/{id?}");
        }

        @Test
        void isDecidedByTheFirstSegmentThatDiffers() {
            assertThat(mostSpecificFirst("{tenant}/clients", "reports/{id}"))
                    .containsExactly("api/reports/{id}", "api/{tenant}/clients");
        }

        @Test
        void prefersTheShorterTemplateWhenOneExtendsTheOther() {
            assertThat(mostSpecificFirst("items/{name?}", "items"))
                    .containsExactly("api/items", "api/items/{name?}");
        }

        private List<String> mostSpecificFirst(String... routes) {
            return Stream.of(routes)
                    .map(route -> RouteTemplate.of("api", route))
                    .sorted(RouteTemplate.MOST_SPECIFIC_FIRST)
                    .map(RouteTemplate::text)
                    .toList();
        }
    }

    @Nested
    class UnsupportedSyntax {

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "files/{*path}",
                    "clients/{id=1}",
                    "files/{name}.{ext}",
                    "clients/{id:min(1)}",
                    "clients/{id}/{ID}",
                    "clients//notes",
                    "clients/{id"
                })
        void isRejectedWhenParsedRatherThanServedDifferently(String route) {
            assertThatThrownBy(() -> RouteTemplate.of("api", route))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
