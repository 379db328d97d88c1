package org.dunwell.server.plugins;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dunwell.kernel.api.CompanyCode;
import org.dunwell.kernel.api.InvalidInputException;
import org.dunwell.plugin.api.WebhookRequest;
import org.dunwell.server.platform.AcrossCompanies;
import org.dunwell.server.platform.KnownCompanies;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where a vendor calls in: no sign-in (the vendor has no Dunwell user); the plugin decides whether the call is
 * authentic, by a signature under a secret of its configuration in the company.
 */
@Path("/plugins/{plugin}/webhook/{company}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "plugins")
public class PluginWebhookResource {

    /** The largest webhook body taken. */
    static final int MAX_BODY = 1 << 20;

    @Inject
    PluginWebhooks webhooks;

    @Inject
    KnownCompanies companies;

    @POST
    @PermitAll
    @AcrossCompanies // the company is in the path the vendor was given, not a query parameter
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "A vendor's call into a plugin (webhook)", description = "No sign-in: the plugin checks the"
            + " call's signature under its configuration's secret (403 when it does not hold). An agency's updates"
            + " are applied once each, an insurer's decided covers on the requests they name, as the system user."
            + " 404 for a company or a plugin not enabled there; 503 when the plugin cannot read it now (send again);"
            + " at most 1 MiB.")
    @RequestBody(required = true, description = "The vendor's call as it sends it (the plugin reads it)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "heron", value = "{\"events\":[{\"eventId\":\"E9\",\"claimId\":"
                            + "\"HER-1\",\"type\":\"status\",\"status\":\"in_progress\",\"at\":"
                            + "\"2026-12-04T08:00:00Z\"}]}")))
    @APIResponse(responseCode = "200", description = "How many updates the call held and how many changed something",
            content = @Content(schema = @Schema(implementation = PluginWebhooks.Receipt.class)))
    @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
    public PluginWebhooks.Receipt receive(@PathParam("plugin") String plugin, @PathParam("company") String company,
                                          @Context HttpHeaders headers, InputStream body) {
        String code = CompanyCode.of(company).value();
        companies.require(code);
        Map<String, List<String>> lowerCase = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> lowerCase.merge(name.toLowerCase(Locale.ROOT),
                List.copyOf(values), (a, b) -> b));
        return webhooks.receive(code, plugin, new WebhookRequest(lowerCase, read(body)));
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw InvalidInputException.ofField("body", "at most " + MAX_BODY + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
