package org.dunwell.server.ledger;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of a list of invoices, credit notes or payments: filters and paging. */
public class DocumentQuery {

    @QueryParam("company")
    String company;

    @QueryParam("account")
    @Parameter(description = "Only this customer's documents.")
    String account;

    @QueryParam("from")
    @Parameter(description = "Documents dated on or after this day (YYYY-MM-DD).")
    String from;

    @QueryParam("to")
    @Parameter(description = "Documents dated on or before this day (YYYY-MM-DD).")
    String to;

    @QueryParam("open")
    @Parameter(description = "true: only documents with something left open.")
    Boolean open;

    @QueryParam("status")
    @Parameter(description = "POSTED, CANCELLED or REVERSED.")
    String status;

    @QueryParam("page")
    Integer page;

    @QueryParam("size")
    Integer size;

    @QueryParam("sort")
    String sort;
}
