package dev.ec2gateway.gateway.http;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalInt;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The Jetty server of the EC2 API, on HTTP, HTTPS or both. The handler tree:
 * <pre>
 * Server
 *  └─ GracefulHandler   (in-flight requests finish on shutdown)
 *      └─ QueryHandler  (EC2 Query on /, /awsapi, /awsapi/)
 * </pre>
 */
public final class GatewayServer implements AutoCloseable {
    static {
        JettyPadding.tellJetty();
    }

    private final Server server;
    private final ServerConnector http;
    private final ServerConnector https;

    public GatewayServer(String bindAddress, int port, Handler ec2Handler) {
        this(bindAddress, OptionalInt.of(port), Optional.empty(), ec2Handler);
    }

    /** A server with a plain HTTP listener when {@code httpPort} is present and an HTTPS one when {@code tls} is. */
    public GatewayServer(String bindAddress, OptionalInt httpPort, Optional<TlsListener> tls, Handler ec2Handler) {
        if (httpPort.isEmpty() && tls.isEmpty()) {
            throw new IllegalArgumentException("neither HTTP nor HTTPS is switched on: nothing to listen on");
        }
        QueuedThreadPool threads = new QueuedThreadPool(200, 8);
        threads.setName("ec2-gateway");
        this.server = new Server(threads);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        this.http = httpPort.isPresent()
                ? listen(bindAddress, httpPort.getAsInt(), new ServerConnector(server, new HttpConnectionFactory(config)))
                : null;
        this.https = tls.map(t -> listen(bindAddress, t.port(), tlsConnector(config, t))).orElse(null);
        server.setHandler(new GracefulHandler(ec2Handler));
        server.setErrorHandler(new Ec2ErrorHandler());
        server.setStopTimeout(10_000);
        server.setStopAtShutdown(false);
    }

    private ServerConnector tlsConnector(HttpConfiguration plain, TlsListener tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.load());
        ssl.setKeyStorePassword(tls.password());
        ssl.setKeyManagerPassword(tls.password());
        if (!tls.keyAlias().isEmpty()) {
            ssl.setCertAlias(tls.keyAlias());
        }
        HttpConfiguration secure = new HttpConfiguration(plain);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        // Clients already check the certificate against the name they dialled; a gateway reached under
        // several names should not answer 400 to a name its certificate does not list.
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        return new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(secure));
    }

    private ServerConnector listen(String bindAddress, int port, ServerConnector connector) {
        connector.setHost(bindAddress);
        connector.setPort(port);
        server.addConnector(connector);
        return connector;
    }

    public void start() throws Exception {
        server.start();
    }

    /** The HTTP port actually bound (the configured one, or the free one picked for port 0); -1 without HTTP. */
    public int port() {
        return http == null ? -1 : http.getLocalPort();
    }

    /** The HTTPS port actually bound; -1 without HTTPS. */
    public int httpsPort() {
        return https == null ? -1 : https.getLocalPort();
    }

    /** The EC2 endpoint: on HTTP when it is on, otherwise on HTTPS. */
    public URI uri(String contextPath) {
        ServerConnector connector = http != null ? http : https;
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "127.0.0.1"
                : connector.getHost();
        return URI.create((http != null ? "http" : "https") + "://" + host + ":" + connector.getLocalPort() + contextPath);
    }

    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
