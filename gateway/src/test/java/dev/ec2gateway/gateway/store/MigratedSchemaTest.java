package dev.ec2gateway.gateway.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.gateway.config.ConfigKey;
import dev.ec2gateway.gateway.config.GatewayConfig;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratedSchemaTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dataDir;

    @Test
    void knowsTheHighestMigrationThisBuildShips() throws Exception {
        URL folder = MigratedSchema.class.getClassLoader().getResource("db/migration");
        int highest;
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            highest = files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().orElseThrow();
        }

        assertEquals(highest, MigratedSchema.LATEST_VERSION,
                "a migration was added: raise MigratedSchema.LATEST_VERSION, or Flyway would never apply it");
    }

    @Test
    void aStoreWithoutHistoryIsNotCurrent() throws Exception {
        assertFalse(MigratedSchema.isCurrent(dataSource()));

        try (Stream<Path> files = Files.list(dataDir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".trace.db")).toList(),
                    "asking a new store for its history left H2's trace of a failed statement");
        }
    }

    @Test
    void aStoreOpenedOnceIsCurrentAndOpensAgainWithItsData() {
        try (AccountStore store = open()) {
            store.register("AK", "SK", new CloudStackCredentials("CK", "CS"));
        }

        assertTrue(MigratedSchema.isCurrent(dataSource()));
        try (AccountStore store = open()) {
            assertEquals("SK", store.find("AK").orElseThrow().secretKey());
        }
    }

    @Test
    void aStoreMissingTheLatestMigrationIsNotCurrentAndGetsItOnOpen() throws Exception {
        open().close();
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + MigratedSchema.LATEST_VERSION + "'");
        execute("DROP TABLE key_pair_fingerprints");

        assertFalse(MigratedSchema.isCurrent(dataSource()));
        open().close();
        assertTrue(MigratedSchema.isCurrent(dataSource()));
    }

    @Test
    void aStoreWithAFailedMigrationIsNotCurrent() throws Exception {
        open().close();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");

        assertFalse(MigratedSchema.isCurrent(dataSource()));
    }

    @Test
    void aStoreMigratedByANewerBuildIsLeftToFlyway() throws Exception {
        open().close();
        execute("INSERT INTO \"flyway_schema_history\" SELECT \"installed_rank\" + 100, '"
                + (MigratedSchema.LATEST_VERSION + 1) + "', \"description\", \"type\", \"script\", \"checksum\","
                + " \"installed_by\", \"installed_on\", \"execution_time\", \"success\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" = '1'");

        assertFalse(MigratedSchema.isCurrent(dataSource()));
    }

    private AccountStore open() {
        return AccountStore.open(GatewayConfig.of(Map.of(ConfigKey.DATA_DIR, dataDir.toString())));
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(Database.embeddedUrl(dataDir));
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(Database.embeddedUrl(dataDir), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
