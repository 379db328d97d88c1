package org.dunwell.server.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.dunwell.ledger.api.AgingQueries;
import org.dunwell.ledger.api.StreamReads;

/**
 * The data source of long one-pass reads ({@link AgingQueries#stream}): the same database as
 * {@code jdbc/dunwell}, but not enlisted in transactions (server.xml), so a batch job's cursor
 * stays open while the job commits the pages it writes.
 */
@ApplicationScoped
public class StreamDataSource {

    @Produces
    @StreamReads
    @Resource(lookup = "jdbc/dunwell-streams")
    DataSource streams;
}
