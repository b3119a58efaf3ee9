package dev.ec2gateway.cloudstack;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP stage: a GET of the signed query on CloudStack's endpoint over a shared connection pool. The client
 * is HttpClient's minimal one: a signed GET needs none of the full client's chain (authentication, redirects,
 * cookies, retries, content decoding), which cost a fifth of the gateway's CPU per DescribeAvailabilityZones.
 * Without that chain nothing is retried (a GET to CloudStack may start a job: it must never be sent twice) and
 * no compressed answer is asked for.
 */
final class HttpTransport implements Transport, AutoCloseable {
    private final URI endpoint;
    private final CloseableHttpClient http;
    private final RequestConfig requestConfig;

    private HttpTransport(URI endpoint, CloseableHttpClient http, RequestConfig requestConfig) {
        this.endpoint = endpoint;
        this.http = http;
        this.requestConfig = requestConfig;
    }

    static HttpTransport open(CloudStackClientSettings settings) {
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout response = Timeout.of(settings.responseTimeout());
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setTlsSocketStrategy(new TlsOnFirstUse())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(response)
                        .build())
                .build();
        RequestConfig requestConfig = RequestConfig.custom()
                .setConnectionRequestTimeout(connect)
                .setResponseTimeout(response)
                .build();
        return new HttpTransport(settings.endpoint(), HttpClients.createMinimal(pool), requestConfig);
    }

    @Override
    public RawAnswer send(SignedRequest request, byte[] reusable) {
        HttpGet get = new HttpGet(URI.create(endpoint + "?" + request.query()));
        get.setConfig(requestConfig);
        get.setHeader(HttpHeaders.USER_AGENT, "ec2-gateway");
        try {
            return http.execute(get, response -> answer(response.getCode(), response.getEntity(), reusable));
        } catch (IOException e) {
            throw new CloudStackUnavailableException(
                    "CloudStack at " + endpoint.getHost() + " " + failure(e) + " (" + request.command() + ")", e);
        }
    }

    /**
     * The whole body, read into an array of its declared length where there is one, or into {@code reusable}
     * when it fits: a list page of 500 VMs is over a megabyte, and a growing buffer copied at the end
     * allocates it several times over.
     */
    private static RawAnswer answer(int status, HttpEntity entity, byte[] reusable) throws IOException {
        if (entity == null) {
            return new RawAnswer(status, new byte[0]);
        }
        long length = entity.getContentLength();
        if (length < 0 || length > Integer.MAX_VALUE - 8) {
            return new RawAnswer(status, EntityUtils.toByteArray(entity));
        }
        try (InputStream in = entity.getContent()) {
            byte[] body = reusable == null ? new byte[(int) length] : reusable.length >= length ? reusable
                    // a walk's pages grow a little (longer names and ids further on): room for the next ones
                    : new byte[(int) Math.min(Integer.MAX_VALUE - 8, length + length / 4)];
            int read = in.readNBytes(body, 0, (int) length);
            if (read < length) {
                throw new EOFException("CloudStack's answer ended after " + read + " of " + length + " bytes");
            }
            return new RawAnswer(status, body, (int) length);
        }
    }

    private static String failure(IOException e) {
        if (e instanceof ConnectException) {
            return "refused the connection";
        }
        if (e instanceof UnknownHostException) {
            return "has a host name that does not resolve";
        }
        if (e instanceof InterruptedIOException) {
            return "did not answer in time";
        }
        return "could not be reached: " + e.getClass().getSimpleName();
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /**
     * HttpClient's default TLS, built at the first https connection: building it reads the JVM's trust store, a
     * fifth of a second of the gateway's start, wasted on a CloudStack reached over http.
     */
    private static final class TlsOnFirstUse implements TlsSocketStrategy {
        private volatile TlsSocketStrategy tls;

        @Override
        public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
                throws IOException {
            TlsSocketStrategy built = tls;
            if (built == null) {
                synchronized (this) {
                    if (tls == null) {
                        tls = DefaultClientTlsStrategy.createDefault();
                    }
                    built = tls;
                }
            }
            return built.upgrade(socket, target, port, attachment, context);
        }
    }
}
