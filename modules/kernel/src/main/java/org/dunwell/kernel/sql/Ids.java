package org.dunwell.kernel.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Surrogate keys for rows written with JDBC, from the one sequence every table draws from ({@code dw_id_seq},
 * increment 50, the blocks EclipseLink takes too: a value v stands for the ids v-49 .. v).
 */
public final class Ids {

    private static final int BLOCK = 50;

    private Ids() {
    }

    /** {@code count} new ids: on Derby one block per call, on PostgreSQL all blocks in one round trip. */
    public static long[] next(Connection connection, int count) throws SQLException {
        return next(connection, Database.of(connection), count);
    }

    /** The same, for a caller that knows the database behind the connection already. */
    public static long[] next(Connection connection, Database database, int count) throws SQLException {
        long[] ids = new long[count];
        int blocks = (count + BLOCK - 1) / BLOCK;
        boolean derby = database == Database.DERBY;
        try (PreparedStatement next = connection.prepareStatement(derby ? "VALUES NEXT VALUE FOR dw_id_seq"
                : "SELECT nextval('dw_id_seq') FROM generate_series(1, ?)")) {
            int filled = 0;
            while (filled < count) {
                if (!derby) {
                    next.setInt(1, blocks);
                }
                try (ResultSet rs = next.executeQuery()) {
                    while (rs.next() && filled < count) {
                        long last = rs.getLong(1);
                        for (long id = last - BLOCK + 1; id <= last && filled < count; id++) {
                            ids[filled++] = id;
                        }
                    }
                }
            }
        }
        return ids;
    }
}
