package org.dunwell.sandboxes;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Heron Collections sandbox, with the company's API key as a bearer token: claims placed at
 * {@code POST /heron/v2/claims}, their events at {@code GET /heron/v2/events?after=…}.
 */
@Path("heron")
@ApplicationScoped
public class HeronSandbox {

    public static final String API_KEY = "heron-sandbox-key";

    @Inject
    SandboxSettings settings;

    private HeronDesk desk;
    private OddErrors oddErrors;

    @PostConstruct
    void open() {
        desk = new HeronDesk(settings.delay(), settings.clock());
        oddErrors = new OddErrors(settings.oddErrorEvery());
    }

    @POST
    @Path("v2/claims")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonObject body) {
        return guarded(authorization, () -> {
            Optional<String> reference = VendorAnswers.text(body, "clientReference");
            List<HeronDesk.Invoice> invoices = invoices(body);
            if (reference.isEmpty() || invoices.isEmpty()) {
                return VendorAnswers.error(422, "clientReference and invoices with open amounts are required");
            }
            return VendorAnswers.json(201, Json.createObjectBuilder()
                    .add("claimId", desk.place(reference.get(), invoices)).add("status", "received").build());
        });
    }

    @POST
    @Path("v2/claims/{claimId}/recall")
    public Response recall(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @PathParam("claimId") String claimId) {
        return guarded(authorization, () -> switch (desk.recall(claimId)) {
            case RECALLED -> VendorAnswers.json(200, Json.createObjectBuilder().add("claimId", claimId)
                    .add("status", "recalled").build());
            case ALREADY_RECALLED -> VendorAnswers.error(409, "already_recalled");
            case UNKNOWN -> VendorAnswers.error(404, "claim_not_found");
        });
    }

    @GET
    @Path("v2/events")
    public Response events(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @QueryParam("after") String after) {
        return guarded(authorization, () -> {
            HeronDesk.Page page = desk.events(after == null || after.isBlank() ? null : after);
            JsonArrayBuilder events = Json.createArrayBuilder();
            page.events().forEach(e -> events.add(event(e)));
            JsonObjectBuilder json = Json.createObjectBuilder().add("events", events);
            if (page.next() == null) {
                json.addNull("next");
            } else {
                json.add("next", page.next());
            }
            return VendorAnswers.json(200, json.build());
        });
    }

    private Response guarded(String authorization, Supplier<Response> answer) {
        return VendorAnswers.guarded(("Bearer " + API_KEY).equals(authorization), "invalid_api_key", oddErrors, answer);
    }

    private static List<HeronDesk.Invoice> invoices(JsonObject body) {
        if (body == null || !body.containsKey("invoices")
                || body.get("invoices").getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        List<HeronDesk.Invoice> invoices = new ArrayList<>();
        for (JsonValue value : body.getJsonArray("invoices")) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return List.of();
            }
            JsonObject invoice = value.asJsonObject();
            Optional<String> number = VendorAnswers.text(invoice, "number");
            Optional<JsonObject> open = VendorAnswers.object(invoice, "open");
            Optional<BigDecimal> amount = open.flatMap(VendorAnswers::amount);
            Optional<String> currency = open.flatMap(o -> VendorAnswers.text(o, "currency"));
            if (number.isEmpty() || amount.isEmpty() || currency.isEmpty()) {
                return List.of();
            }
            invoices.add(new HeronDesk.Invoice(number.get(), amount.get(), currency.get()));
        }
        return invoices;
    }

    private static JsonObject event(HeronDesk.Event event) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("eventId", event.eventId())
                .add("claimId", event.claimId()).add("type", event.type()).add("at", event.at().toString());
        VendorAnswers.optional(json, "status", event.status());
        if (event.amount() != null) {
            json.add("amount", VendorAnswers.money("value", event.amount(), event.currency()));
        }
        VendorAnswers.optional(json, "date", event.date());
        VendorAnswers.optional(json, "invoice", event.invoice());
        return VendorAnswers.optional(json, "description", event.description()).build();
    }
}
