package org.commitmenttracker.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.inject.Any;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The OpenAPI document names exactly the API's routes, with a success status each and the problem answers every
 * operation can give, and none of the web pages.
 */
@QuarkusTest
class OpenApiRoutesTest {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", DELETE.class, "DELETE");

    @Test
    void theDocumentListsEveryApiRouteAndNoPage() {
        Map<String, Map<String, Map<String, Object>>> paths = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json").then().statusCode(200).extract().path("paths");
        Set<String> documented = new TreeSet<>();
        Set<String> withoutSuccess = new TreeSet<>();
        paths.forEach((path, operations) -> operations.forEach((verb, operation) -> {
            String route = verb.toUpperCase(Locale.ROOT) + " " + path;
            documented.add(route);
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (responses.keySet().stream().noneMatch(code -> code.startsWith("2") || code.startsWith("3"))) {
                withoutSuccess.add(route);
            }
        }));
        Set<String> routes = routes();

        Set<String> apiRoutes = new TreeSet<>(routes);
        apiRoutes.removeIf(route -> !route.contains(" /api/"));
        Set<String> apiDocumented = new TreeSet<>(documented);
        apiDocumented.removeIf(route -> !route.contains(" /api/"));
        assertThat(apiDocumented).as("documented API operations").isEqualTo(apiRoutes);
        assertThat(withoutSuccess).as("operations documented without a success status").isEmpty();

        Set<String> pages = new TreeSet<>(routes);
        pages.removeAll(apiRoutes);
        assertThat(pages).as("the web pages exist").contains("GET /", "GET /commitments/{id}", "GET /runs");
        assertThat(documented).as("no web page is documented").doesNotContainAnyElementsOf(pages);
    }

    @Test
    void everyApiOperationDocumentsItsProblemAnswers() {
        Map<String, Map<String, Object>> responses = given().accept(ContentType.JSON)
                .get("/q/openapi?format=json").then().statusCode(200)
                .extract().path("paths.'/api/commitments/{id}'.get.responses");

        assertThat(responses).containsKeys("200", "400", "401", "403", "404", "500");
        assertThat(responses.get("401")).containsEntry("description", "Not signed in");
        assertThat(responses.get("403")).containsEntry("description", "Signed in without a role this operation needs");
        for (String code : List.of("400", "401", "403", "404", "500")) {
            assertThat(responses.get(code).toString()).as(code)
                    .contains("application/problem+json", "#/components/schemas/Problem");
        }
    }

    /** Every route of every resource class, as "VERB /path", read from the JAX-RS annotations. */
    private static Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).forEach(bean -> {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root == null || !type.getPackageName().startsWith("org.commitmenttracker")) {
                return;
            }
            for (Method method : type.getDeclaredMethods()) {
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        Path sub = method.getAnnotation(Path.class);
                        routes.add(verb + " " + normalise(root.value() + "/" + (sub == null ? "" : sub.value())));
                    }
                });
            }
        });
        return routes;
    }

    private static String normalise(String path) {
        String clean = ("/" + path).replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return clean.length() > 1 && clean.endsWith("/") ? clean.substring(0, clean.length() - 1) : clean;
    }
}
