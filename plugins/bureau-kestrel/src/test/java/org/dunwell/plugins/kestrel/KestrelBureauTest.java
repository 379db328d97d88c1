package org.dunwell.plugins.kestrel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dunwell.plugin.api.PluginConfigurationException;
import org.dunwell.plugin.api.PluginContext;
import org.dunwell.plugin.api.PluginHttp;
import org.dunwell.plugin.api.PluginSettings;
import org.dunwell.plugin.api.RejectedRequestException;
import org.dunwell.plugin.api.RetryLaterException;
import org.dunwell.plugin.api.bureau.BureauReport;
import org.dunwell.plugin.api.bureau.CompanyQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugin against a local Kestrel stub: the query it sends, the report it reads, what each status means. */
class KestrelBureauTest {

    private static final String REPORT = """
            {"reportId":"KR-1","reportDate":"2026-12-01","company":{"id":"KB-7","name":"ACME GMBH"},
             "score":{"value":480,"worst":100,"best":600},"rating":"B1",
             "recommendedLimit":{"amount":"12000.50","currency":"EUR"}}""";

    private HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String body = REPORT;

    @BeforeEach
    void stub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/reports", exchange -> {
            asked.add(exchange.getRequestURI().toString());
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void asksByCountryNameAndRegistrationNumberWithTheTokenAndReadsTheReport() {
        Optional<BureauReport> report = new KestrelBureau().report(
                new CompanyQuery("HRB 4711", "Acme & Söhne GmbH", "DE", Map.of()), context());

        assertThat(asked).containsExactly("/v1/reports?country=DE&name=Acme+%26+S%C3%B6hne+GmbH"
                + "&registrationNumber=HRB+4711");
        assertThat(authorizations).containsExactly("Bearer token-1");
        BureauReport read = report.orElseThrow();
        assertThat(read.reportReference()).isEqualTo("KR-1");
        assertThat(read.score().value()).isEqualTo(480);
        assertThat(read.score().worst()).isEqualTo(100);
        assertThat(read.rating()).isEqualTo("B1");
        assertThat(read.recommendedLimit().amount()).isEqualByComparingTo("12000.50");
        assertThat(read.recommendedLimit().currency()).isEqualTo("EUR");
    }

    @Test
    void eachStatusMeansWhatTheBureauDocumentsAndNothingIsGuessed() {
        KestrelBureau bureau = new KestrelBureau();
        CompanyQuery query = new CompanyQuery(null, "Acme", "DE", Map.of());
        status = 404;
        assertThat(bureau.report(query, context())).as("unknown to the bureau").isEmpty();
        assertThat(asked.get(0)).doesNotContain("registrationNumber");
        status = 422;
        assertThatThrownBy(() -> bureau.report(query, context())).isInstanceOf(RejectedRequestException.class);
        status = 401;
        assertThatThrownBy(() -> bureau.report(query, context())).isInstanceOf(PluginConfigurationException.class);
        status = 503;
        assertThatThrownBy(() -> bureau.report(query, context())).isInstanceOf(RetryLaterException.class);
        status = 200;
        body = "<html>maintenance</html>";
        assertThatThrownBy(() -> bureau.report(query, context())).hasMessageContaining("not JSON");
    }

    private PluginContext context() {
        HttpClient client = HttpClient.newHttpClient();
        PluginHttp http = request -> {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
        PluginSettings settings = new PluginSettings(Map.of("baseUrl", "http://127.0.0.1:"
                + server.getAddress().getPort() + "/"));
        return new PluginContext() {
            @Override
            public String company() {
                return "DW01";
            }

            @Override
            public PluginSettings settings() {
                return settings;
            }

            @Override
            public Optional<String> secret(String name) {
                return Optional.empty();
            }

            @Override
            public String accessToken() {
                return "token-1";
            }

            @Override
            public PluginHttp http() {
                return http;
            }

            @Override
            public System.Logger logger() {
                return System.getLogger("kestrel-test");
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }
        };
    }
}
