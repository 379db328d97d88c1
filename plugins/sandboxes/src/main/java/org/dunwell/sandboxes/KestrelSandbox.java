package org.dunwell.sandboxes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** The Kestrel Credit Bureau sandbox: {@code POST /kestrel/oauth/token} and {@code GET /kestrel/v1/reports}. */
@Path("kestrel")
@ApplicationScoped
public class KestrelSandbox {

    public static final String CLIENT_ID = "dunwell-demo";
    public static final String CLIENT_SECRET = "kestrel-sandbox-secret";

    @Inject
    SandboxSettings settings;

    private ClientCredentials credentials;
    private KestrelReports reports;
    private OddErrors oddErrors;

    @PostConstruct
    void open() {
        credentials = new ClientCredentials(CLIENT_ID, CLIENT_SECRET, "kst-");
        reports = new KestrelReports();
        oddErrors = new OddErrors(settings.oddErrorEvery());
    }

    @POST
    @Path("oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @FormParam("grant_type") String grantType) {
        return credentials.tokenAnswer(authorization, grantType, settings.clock().instant());
    }

    @GET
    @Path("v1/reports")
    public Response report(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @QueryParam("country") String country, @QueryParam("name") String name,
                           @QueryParam("registrationNumber") String registrationNumber) {
        return VendorAnswers.guarded(credentials.accepts(authorization, settings.clock().instant()), "invalid_token",
                oddErrors, () -> reports.report(name, registrationNumber, LocalDate.now(settings.clock()))
                .map(r -> VendorAnswers.json(200, Json.createObjectBuilder()
                        .add("reportId", r.reportId()).add("reportDate", r.reportDate().toString())
                        .add("company", Json.createObjectBuilder().add("id", r.companyId()).add("name", r.companyName()))
                        .add("score", Json.createObjectBuilder().add("value", r.score()).add("worst", 100).add("best", 600))
                        .add("rating", r.rating())
                        .add("recommendedLimit", VendorAnswers.money("amount", r.recommendedLimit(), "EUR"))
                        .build()))
                .orElseGet(() -> VendorAnswers.error(404, "company_not_found")));
    }
}
