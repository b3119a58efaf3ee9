package dev.ec2gateway.gateway.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The store's database: a small connection pool to the embedded H2 file in data.dir, or to the
 * MariaDB/MySQL database of db.url, with the schema migrated on open (by Flyway, unless it is already
 * current). Times are kept as UTC.
 */
final class Database implements AutoCloseable {
    static final String EMBEDDED_NAME = "accounts";
    private static final int H2_DATABASE_IN_USE = 90020;
    private static final int UPSERT_ATTEMPTS = 3;

    private final HikariDataSource dataSource;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(EMBEDDED_NAME) + ";AUTO_SERVER=TRUE";
    }

    static Database open(GatewayConfig config) {
        boolean embedded = !config.isSet(ConfigKey.DB_URL);
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("account-store");
        pool.setMaximumPoolSize(8);
        pool.setMinimumIdle(1);
        String url;
        if (embedded) {
            // Auto-server mode lets the admin commands share the file with a running gateway; its TCP
            // port must listen on loopback only, never on every interface.
            System.setProperty("h2.bindAddress", "127.0.0.1");
            url = embeddedUrl(config.path(ConfigKey.DATA_DIR));
            // H2's own data source rather than its URL through DriverManager, whose first use looks for drivers
            // in every jar of the class path (about 45 ms of every start); both open the same H2 connection
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            pool.setDataSource(h2);
            pool.setUsername("sa");
            pool.setPassword("");
        } else {
            url = config.get(ConfigKey.DB_URL).strip();
            pool.setJdbcUrl(url);
            if (config.isSet(ConfigKey.DB_USER)) {
                pool.setUsername(config.get(ConfigKey.DB_USER));
            }
            if (config.isSet(ConfigKey.DB_PASSWORD)) {
                pool.setPassword(config.get(ConfigKey.DB_PASSWORD));
            }
        }
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(pool);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the account store " + describe(url) + ": "
                    + rootMessage(e) + hint(e, embedded, url), e);
        }
        if (MigratedSchema.isCurrent(dataSource)) {
            return new Database(dataSource);
        }
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            dataSource.close();
            throw new StoreException("cannot bring the account store's schema up to date: " + e.getMessage(), e);
        }
        return new Database(dataSource);
    }

    <T> List<T> query(String sql, RowReader<T> reader, Object... params) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    int update(String sql, Object... params) {
        try {
            return execute(sql, params);
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    /**
     * Updates the row, or inserts it when there is none. Portable (no MERGE, no ON DUPLICATE KEY): when
     * a concurrent insert wins the race, the duplicate key sends us back to the update.
     */
    void upsert(String updateSql, Object[] updateParams, String insertSql, Object[] insertParams) {
        for (int attempt = 0; attempt < UPSERT_ATTEMPTS; attempt++) {
            if (update(updateSql, updateParams) > 0) {
                return;
            }
            try {
                execute(insertSql, insertParams);
                return;
            } catch (SQLException e) {
                if (!isDuplicateKey(e)) {
                    throw failed(e);
                }
            }
        }
        throw new StoreException("the account store could not write a row that others keep changing; try again");
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        LocalDateTime utc = row.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private int execute(String sql, Object... params) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                Object value = params[i] instanceof Instant instant
                        ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : params[i];
                statement.setObject(i + 1, value);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        return e instanceof SQLIntegrityConstraintViolationException
                || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }

    private static StoreException failed(SQLException e) {
        return new StoreException("the account store failed: " + e.getMessage(), e);
    }

    /** The URL without its query part, where a password may be written. */
    private static String describe(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String hint(Throwable e, boolean embedded, String url) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (embedded && t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE) {
                return " (another process has it open: the embedded store serves one process at a time;"
                        + " stop the running gateway first, or share a MariaDB database through db.url)";
            }
        }
        if (url.startsWith("jdbc:mysql:")) {
            return " (write the URL as jdbc:mariadb://...; the MariaDB driver also serves MySQL)";
        }
        return "";
    }
}
