package org.dunwell.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The server publishes exactly the OpenAPI document the build made (the one the generated client is
 * made from), apart from the servers Liberty adds for the address it is reached at.
 */
class OpenApiDocumentIT {

    @Test
    void theServedDocumentIsTheOneTheBuildMade() throws IOException {
        JsonObject served = read(HttpApi.anonymous().get("/openapi?format=JSON").assertStatus(200).body());
        Path built = Path.of("../server/target/openapi/openapi.json");
        assertThat(built).as("the server module's build writes it").exists();
        JsonObject made = read(Files.readString(built));
        assertThat(Json.createObjectBuilder(served).remove("servers").build()).isEqualTo(made);
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
