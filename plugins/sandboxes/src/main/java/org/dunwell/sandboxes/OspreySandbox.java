package org.dunwell.sandboxes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Osprey Trade Credit sandbox: {@code POST /osprey/oauth/token}, cover requests and decisions
 * ({@code /osprey/v1/cover-requests}, {@code /osprey/v1/covers/{id}}), overdue notices and claims
 * ({@code /osprey/v1/overdue-notices}, {@code /osprey/v1/claims}, {@code /osprey/v1/claims/{id}}).
 */
@Path("osprey")
@ApplicationScoped
public class OspreySandbox {

    public static final String CLIENT_ID = "dunwell-demo";
    public static final String CLIENT_SECRET = "osprey-sandbox-secret";

    @Inject
    SandboxSettings settings;

    private ClientCredentials credentials;
    private OspreyUnderwriting desk;
    private OddErrors oddErrors;

    @PostConstruct
    void open() {
        credentials = new ClientCredentials(CLIENT_ID, CLIENT_SECRET, "osp-");
        desk = new OspreyUnderwriting(settings.delay(), settings.clock());
        oddErrors = new OddErrors(settings.oddErrorEvery());
    }

    @POST
    @Path("oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @FormParam("grant_type") String grantType) {
        return credentials.tokenAnswer(authorization, grantType, settings.clock().instant());
    }

    @POST
    @Path("v1/cover-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response requestCover(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonObject body) {
        return guarded(authorization, () -> {
            Optional<JsonObject> money = VendorAnswers.object(body, "amount");
            Optional<BigDecimal> amount = money.flatMap(VendorAnswers::amount);
            Optional<String> currency = money.flatMap(m -> VendorAnswers.text(m, "currency"));
            Optional<String> buyer = VendorAnswers.object(body, "buyer").flatMap(b -> VendorAnswers.text(b, "name"));
            if (amount.isEmpty() || currency.isEmpty() || buyer.isEmpty()) {
                return VendorAnswers.error(422, "buyer name and a positive amount with its currency are required");
            }
            return VendorAnswers.json(201, cover(desk.request(buyer.get(), amount.get(), currency.get())));
        });
    }

    @GET
    @Path("v1/covers/{coverId}")
    public Response cover(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("coverId") String coverId) {
        return guarded(authorization, () -> desk.cover(coverId).map(c -> VendorAnswers.json(200, cover(c)))
                .orElseGet(() -> VendorAnswers.error(404, "cover_not_found")));
    }

    @POST
    @Path("v1/overdue-notices")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response notice(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonObject body) {
        return guarded(authorization, () -> {
            if (VendorAnswers.text(body, "coverId").isEmpty() || body.getJsonArray("invoices") == null
                    || body.getJsonArray("invoices").isEmpty()) {
                return VendorAnswers.error(422, "coverId and at least one invoice are required");
            }
            return VendorAnswers.json(201, Json.createObjectBuilder().add("noticeId", desk.notice()).build());
        });
    }

    @POST
    @Path("v1/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fileClaim(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonObject body) {
        return guarded(authorization, () -> {
            Optional<String> number = VendorAnswers.text(body, "claimNumber");
            Optional<JsonObject> money = VendorAnswers.object(body, "amount");
            Optional<BigDecimal> amount = money.flatMap(VendorAnswers::amount);
            Optional<String> currency = money.flatMap(m -> VendorAnswers.text(m, "currency"));
            if (number.isEmpty() || amount.isEmpty() || currency.isEmpty()) {
                return VendorAnswers.error(422, "claimNumber and a positive amount with its currency are required");
            }
            return VendorAnswers.json(201, claim(desk.file(number.get(), amount.get(), currency.get())));
        });
    }

    @GET
    @Path("v1/claims/{claimId}")
    public Response claim(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                          @PathParam("claimId") String claimId) {
        return guarded(authorization, () -> desk.claim(claimId).map(c -> VendorAnswers.json(200, claim(c)))
                .orElseGet(() -> VendorAnswers.error(404, "claim_not_found")));
    }

    private Response guarded(String authorization, Supplier<Response> answer) {
        return VendorAnswers.guarded(credentials.accepts(authorization, settings.clock().instant()), "invalid_token",
                oddErrors, answer);
    }

    private static JsonObject cover(OspreyUnderwriting.Cover cover) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("coverId", cover.coverId())
                .add("status", cover.status());
        if (cover.insuredAmount() != null) {
            json.add("insuredAmount", VendorAnswers.money("value", cover.insuredAmount(), cover.currency()));
        }
        if (cover.coveragePercent() != null) {
            json.add("coveragePercent", cover.coveragePercent());
        }
        VendorAnswers.optional(json, "validFrom", cover.validFrom());
        VendorAnswers.optional(json, "validTo", cover.validTo());
        JsonArrayBuilder conditions = Json.createArrayBuilder();
        cover.conditions().forEach(conditions::add);
        return json.add("conditions", conditions).build();
    }

    private static JsonObject claim(OspreyUnderwriting.Claim claim) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("claimId", claim.claimId())
                .add("claimNumber", claim.claimNumber()).add("status", claim.status());
        if (claim.settledAmount() != null) {
            json.add("settledAmount", VendorAnswers.money("value", claim.settledAmount(), claim.currency()));
        }
        VendorAnswers.optional(json, "asOf", claim.asOf());
        return VendorAnswers.optional(json, "note", claim.note()).build();
    }
}
