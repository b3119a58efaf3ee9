package dev.ec2gateway.cloudstack;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/** The HTTP stage: a GET of the signed query on CloudStack's endpoint over a shared connection pool. */
final class HttpTransport implements Transport, AutoCloseable {
    private final URI endpoint;
    private final CloseableHttpClient http;

    private HttpTransport(URI endpoint, CloseableHttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    static HttpTransport open(CloudStackClientSettings settings) {
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout response = Timeout.of(settings.responseTimeout());
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(response)
                        .build())
                .build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connect)
                        .setResponseTimeout(response)
                        .build())
                // A GET to CloudStack may start a job (deployVirtualMachine): never send it twice.
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("ec2-gateway")
                .build();
        return new HttpTransport(settings.endpoint(), http);
    }

    @Override
    public RawAnswer send(SignedRequest request) {
        HttpGet get = new HttpGet(URI.create(endpoint + "?" + request.query()));
        try {
            return http.execute(get, response -> new RawAnswer(response.getCode(),
                    response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity())));
        } catch (IOException e) {
            throw new CloudStackUnavailableException(
                    "CloudStack at " + endpoint.getHost() + " " + failure(e) + " (" + request.command() + ")", e);
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
}
