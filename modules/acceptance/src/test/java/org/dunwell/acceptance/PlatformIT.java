package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform on a started Liberty server with the packaged WAR: health, OpenAPI,
 * authentication, roles, and a problem+json body for every kind of error.
 */
class PlatformIT {

    private static final HttpApi ADMIN = HttpApi.as("admin");
    private static final HttpApi MANAGER = HttpApi.as("manager");

    @Test
    void healthIsUpWithTheDatabaseAndEveryMigrationApplied() throws IOException {
        HttpApi.Answer health = HttpApi.anonymous().get("/health").assertStatus(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");
        JsonObject database = health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("database")).isEqualTo(InServerTier.database());
        assertThat(database.getJsonObject("data").getJsonNumber("migrationsApplied").longValue())
                .as("Liberty's class loader found every module's migrations")
                .isEqualTo(migrationFilesInTheBuild());
    }

    @Test
    void openApiListsTheApiWithoutLogin() {
        HttpApi.Answer openapi = HttpApi.anonymous().get("/openapi").assertStatus(200);
        assertThat(openapi.body()).contains("/api/v1/jobs", "/api/v1/companies", "Dunwell API");
    }

    @Test
    void jobsAnswerAnEmptyPageToAManager() {
        JsonObject page = MANAGER.get("/api/v1/jobs").assertStatus(200).json();
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(50);
        assertThat(page.getJsonArray("items")).hasSize(page.getInt("total"));
    }

    @Test
    void noCredentialsIs401ProblemWithAChallenge() {
        HttpApi.Answer answer = HttpApi.anonymous().get("/api/v1/jobs");
        answer.assertProblem(401);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void repeatedFailedSignInsOfOneUserAreAnswered429WithRetryAfter() {
        HttpApi intruder = HttpApi.as("intruder-" + UUID.randomUUID().toString().substring(0, 8));
        for (int i = 0; i < 5; i++) {
            intruder.withPassword("/api/v1/jobs", "guess-" + i).assertProblem(401);
        }
        HttpApi.Answer held = intruder.withPassword("/api/v1/jobs", "guess-5");
        held.assertProblem(429);
        assertThat(Long.parseLong(held.header("Retry-After"))).isBetween(1L, 900L);
        MANAGER.get("/api/v1/jobs").assertStatus(200);
    }

    @Test
    void answersAreNotSniffedAndTheApisAreNotStored() {
        HttpApi.Answer answer = MANAGER.get("/api/v1/jobs").assertStatus(200);
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        HttpApi.Answer refused = HttpApi.anonymous().get("/api/v1/jobs");
        refused.assertProblem(401);
        assertThat(refused.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(refused.response().headers().map().keySet()).as("Liberty's internal header")
                .noneMatch(name -> name.equalsIgnoreCase("$WSEP"));
    }

    @Test
    void metricsAreNotOpenWithoutASignIn() {
        HttpApi.Answer metrics = HttpApi.anonymous().get("/metrics");
        assertThat(metrics.status()).as("401, or a redirect to HTTPS where it asks for a sign-in").isIn(302, 401);
        assertThat(metrics.body()).doesNotContain("# TYPE");
    }

    @Test
    void aWrongPasswordIs401Problem() {
        HttpApi.as("manager").withPassword("/api/v1/jobs", "not-the-password").assertProblem(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"agent1", "agent2", "clerk", "erp", "cfo"})
    void rolesWithoutAccessToJobsGet403Problem(String user) {
        HttpApi.as(user).get("/api/v1/jobs").assertProblem(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "erp", "manager", "agent1", "agent2", "credit", "clerk", "cfo"})
    void everyDemoUserCanLogInAndReadCompanies(String user) {
        HttpApi.as(user).get("/api/v1/companies").assertStatus(200);
    }

    @Test
    void onlyAnAdministratorCreatesCompanies() {
        HttpApi.as("clerk").postJson("/api/v1/companies",
                "{\"code\":\"X1\",\"name\":\"x\",\"accountingCurrency\":\"EUR\"}").assertProblem(403);
    }

    @Test
    void unknownAddressesAre404Problems() {
        ADMIN.get("/api/v1/no-such-resource").assertProblem(404);
        ADMIN.get("/no-such-page").assertProblem(404);
        ADMIN.get("/api/v1/companies/NO-SUCH").assertProblem(404);
    }

    @Test
    void aWrongMethodIs405ProblemNamingTheAllowedOnes() {
        HttpApi.Answer answer = ADMIN.delete("/api/v1/jobs");
        answer.assertProblem(405);
        assertThat(answer.header("Allow")).contains("GET");
    }

    @Test
    void aWrongContentTypeIs415Problem() {
        ADMIN.post("/api/v1/companies", "text/plain", "hello").assertProblem(415);
    }

    @Test
    void badJsonIs400Problem() {
        JsonObject problem = ADMIN.postJson("/api/v1/companies", "{\"code\": \"X2\", oops").assertProblem(400);
        assertThat(problem.getString("type")).endsWith("/invalid-json");
    }

    @Test
    void anUnknownPropertyIs400ProblemNamingIt() {
        JsonObject problem = ADMIN.postJson("/api/v1/companies",
                "{\"code\":\"X3\",\"name\":\"x\",\"accountingCurrency\":\"EUR\",\"colour\":\"red\"}").assertProblem(400);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("colour");
        ADMIN.get("/api/v1/companies/X3").assertProblem(404);
    }

    @Test
    void invalidValuesAre400ProblemsAndNothingIsWritten() {
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"X4\",\"name\":\"x\",\"accountingCurrency\":\"EURO\"}")
                .assertProblem(400);
        ADMIN.postJson("/api/v1/companies", "{\"code\":\"X4\",\"name\":\" \",\"accountingCurrency\":\"EUR\"}")
                .assertProblem(400);
        ADMIN.get("/api/v1/companies/X4").assertProblem(404);
        JsonObject paging = ADMIN.get("/api/v1/jobs?size=501").assertProblem(400);
        assertThat(paging.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("size");
    }

    @Test
    void versionsGuardUpdates409412And428() {
        String code = "V" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String body = "{\"code\":\"" + code + "\",\"name\":\"Versioned\",\"accountingCurrency\":\"EUR\"}";
        HttpApi.Answer created = ADMIN.postJson("/api/v1/companies", body).assertStatus(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        ADMIN.postJson("/api/v1/companies", body).assertProblem(409);

        ADMIN.putJson("/api/v1/companies/" + code, null, "{\"name\":\"No precondition\"}").assertProblem(428);
        HttpApi.Answer updated = ADMIN.putJson("/api/v1/companies/" + code, "\"1\"", "{\"name\":\"Renamed\"}")
                .assertStatus(200);
        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        ADMIN.putJson("/api/v1/companies/" + code, "\"1\"", "{\"name\":\"Lost update\"}").assertProblem(412);
        assertThat(ADMIN.get("/api/v1/companies/" + code).json().getString("name")).isEqualTo("Renamed");
    }

    @Test
    void anAdministratorCanMoveTheBusinessDateOfTheTestServer() {
        String today = ADMIN.get("/api/v1/admin/business-date").assertStatus(200).json().getString("date");
        try {
            ADMIN.putJson("/api/v1/admin/business-date", null, "{\"date\":\"2027-01-31\"}").assertStatus(200);
            assertThat(MANAGER.get("/api/v1/admin/business-date").json().getString("date")).isEqualTo("2027-01-31");
            MANAGER.putJson("/api/v1/admin/business-date", null, "{\"date\":\"2027-02-01\"}").assertProblem(403);
        } finally {
            ADMIN.putJson("/api/v1/admin/business-date", null, "{\"date\":\"" + today + "\"}").assertStatus(200);
        }
    }

    private static long migrationFilesInTheBuild() throws IOException {
        Path modules = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Files.walk(modules)) {
            return files.filter(p -> p.toString().contains("src/main/resources/db/migration/"))
                    .filter(p -> p.getFileName().toString().matches("V.+__.+\\.sql"))
                    .count();
        }
    }
}
