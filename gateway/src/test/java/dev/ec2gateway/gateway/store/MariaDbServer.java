package dev.ec2gateway.gateway.store;

import dev.ec2gateway.gateway.RealTool;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real MariaDB server for a test: its own data directory under {@code dir}, on a free loopback port,
 * started from Debian's mariadb-server binaries and stopped by {@link #close}. Without the binaries the
 * test fails under CI and is skipped elsewhere (see {@link RealTool}).
 */
public final class MariaDbServer implements AutoCloseable {
    private static final long START_LIMIT_MILLIS = 60_000;

    private final Process process;
    private final int port;
    private final Path dir;

    private MariaDbServer(Process process, int port, Path dir) {
        this.process = process;
        this.port = port;
        this.dir = dir;
    }

    public static MariaDbServer start(Path dir) throws Exception {
        Path installDb = RealTool.find("mariadb-install-db", "mariadb-server", "/usr/bin/mariadb-install-db");
        Path mariadbd = RealTool.find("mariadbd", "mariadb-server", "/usr/sbin/mariadbd");
        Path data = dir.resolve("data");
        List<String> asUser = isRoot() ? List.of("--user=root") : List.of();
        List<String> install = new ArrayList<>(List.of(installDb.toString(), "--no-defaults", "--datadir=" + data,
                "--auth-root-authentication-method=normal", "--skip-test-db"));
        install.addAll(asUser);
        run(install, dir.resolve("install.log"));
        int port = freePort();
        List<String> server = new ArrayList<>(List.of(mariadbd.toString(), "--no-defaults", "--datadir=" + data,
                "--socket=" + dir.resolve("mysqld.sock"), "--port=" + port, "--bind-address=127.0.0.1",
                "--pid-file=" + dir.resolve("mysqld.pid"), "--log-error=" + dir.resolve("error.log"),
                "--skip-log-bin", "--innodb-buffer-pool-size=32M"));
        server.addAll(asUser);
        Process process = new ProcessBuilder(server).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mariadbd.out").toFile()).start();
        MariaDbServer started = new MariaDbServer(process, port, dir);
        started.awaitAnswer();
        return started;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command.get(0) + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits for a real external process: polling is the only way to know it accepts connections. */
    private void awaitAnswer() throws Exception {
        long deadline = System.currentTimeMillis() + START_LIMIT_MILLIS;
        SQLException last = null;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + process.exitValue() + ":\n" + errorLog());
            }
            try (Connection ignored = root()) {
                return;
            } catch (SQLException e) {
                last = e;
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
        }
        close();
        throw new IllegalStateException("mariadbd did not answer within 60 s: " + last + "\n" + errorLog());
    }

    private String errorLog() throws IOException {
        Path log = dir.resolve("error.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no error log)";
    }

    private Connection root() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
    }

    /** Creates a database and a user allowed to use it (and only it); returns the JDBC URL. */
    public String createDatabase(String name, String user, String password) throws SQLException {
        try (Connection connection = root(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
            statement.execute("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT ALL PRIVILEGES ON " + name + ".* TO '" + user + "'@'127.0.0.1'");
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
