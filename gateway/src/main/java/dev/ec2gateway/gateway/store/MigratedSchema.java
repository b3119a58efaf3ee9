package dev.ec2gateway.gateway.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Reads Flyway's history table with plain JDBC to tell whether a store already has every migration this
 * build ships, so that the usual start of a gateway on a current store does not load and run Flyway (about
 * a thousand classes and a class-path scan). Anything unexpected counts as not current, and Flyway runs.
 */
final class MigratedSchema {
    /** The highest {@code V<n>__} migration under db/migration; MigratedSchemaTest keeps it in step with the files. */
    static final int LATEST_VERSION = 6;
    static final String HISTORY_TABLE = "flyway_schema_history";

    private MigratedSchema() {
    }

    /**
     * True when the history lists exactly the versions 1 to {@link #LATEST_VERSION} as applied SQL migrations
     * and no failed one. A store migrated by a newer build (more versions) is left to Flyway, as before.
     */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasHistoryTable(connection)) {
                return false;
            }
            String q = connection.getMetaData().getIdentifierQuoteString().strip();
            String sql = "SELECT " + q + "version" + q + ", " + q + "type" + q + ", " + q + "success" + q
                    + " FROM " + q + HISTORY_TABLE + q;
            Set<String> applied = new HashSet<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    if (!rows.getBoolean(3)) {
                        return false;
                    }
                    if ("SQL".equals(rows.getString(2))) {
                        applied.add(rows.getString(1));
                    }
                }
            }
            return applied.equals(shipped());
        } catch (SQLException e) {
            return false; // no history table yet, or one we cannot read: Flyway decides
        }
    }

    /**
     * Asked before the history is read: a new store has none, and H2 writes every failed statement to a trace
     * file beside the store, which an operator would find with an exception in it.
     */
    private static boolean hasHistoryTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(),
                HISTORY_TABLE, null)) {
            return tables.next();
        }
    }

    private static Set<String> shipped() {
        return IntStream.rangeClosed(1, LATEST_VERSION).mapToObj(Integer::toString).collect(Collectors.toSet());
    }
}
