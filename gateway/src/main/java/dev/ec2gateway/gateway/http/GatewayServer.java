package dev.ec2gateway.gateway.http;

import java.net.URI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty server of the EC2 API. The handler tree:
 * <pre>
 * Server
 *  └─ GracefulHandler   (in-flight requests finish on shutdown)
 *      └─ QueryHandler  (EC2 Query on /, /awsapi, /awsapi/)
 * </pre>
 */
public final class GatewayServer implements AutoCloseable {
    private final Server server;
    private final ServerConnector connector;

    public GatewayServer(String bindAddress, int port, Handler ec2Handler) {
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("ec2-gateway");
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(bindAddress);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new GracefulHandler(ec2Handler));
        server.setErrorHandler(new Ec2ErrorHandler());
        server.setStopTimeout(10_000);
        server.setStopAtShutdown(false);
    }

    public void start() throws Exception {
        server.start();
    }

    /** The port actually bound (the configured one, or the free one picked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public URI uri(String contextPath) {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1"
                : connector.getHost();
        return URI.create("http://" + host + ":" + port() + contextPath);
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
