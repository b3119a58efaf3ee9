package dev.ec2gateway.gateway.admin;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The admin listener, apart from the EC2 port and its thread pool so that a busy gateway still answers
 * it: {@code GET /metrics} (Prometheus text format) and {@code GET /health} (JSON, 200 while the
 * gateway runs, with whether CloudStack and the account store answer).
 */
public final class AdminServer implements AutoCloseable {
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Server server;
    private final ServerConnector connector;

    public AdminServer(String bindAddress, int port, GatewayMetrics metrics, HealthCheck health) {
        QueuedThreadPool threads = new QueuedThreadPool(8, 2);
        threads.setName("ec2-gateway-admin");
        server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(bindAddress);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new AdminHandler(metrics, health));
        server.setStopAtShutdown(false);
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port actually bound. */
    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    private static final class AdminHandler extends Handler.Abstract {
        private final GatewayMetrics metrics;
        private final HealthCheck health;

        AdminHandler(GatewayMetrics metrics, HealthCheck health) {
            this.metrics = metrics;
            this.health = health;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws IOException {
            String path = request.getHttpURI().getPath();
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return answer(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "text/plain; charset=utf-8",
                        "GET only\n");
            }
            return switch (path == null ? "" : path) {
                case "/metrics" -> answer(response, callback, 200, PROMETHEUS_TEXT, metrics.scrape());
                case "/health" -> answer(response, callback, 200, "application/json",
                        JSON.writeValueAsString(health.check()) + "\n");
                default -> answer(response, callback, 404, "text/plain; charset=utf-8",
                        "The admin port serves /metrics and /health.\n");
            };
        }

        private static boolean answer(Response response, Callback callback, int status, String type, String body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }
    }
}
