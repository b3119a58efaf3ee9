package dev.ec2gateway.bench;

import dev.ec2gateway.cloudstack.CloudStackClient;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.Command;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Builds signed requests: EC2 Query to the gateway (SigV4, as the AWS SDKs sign) and CloudStack direct. */
final class Requests {
    private static final Set<String> SET_BY_HTTP_CLIENT = Set.of("host", "content-length", "connection");
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final URI gateway;
    private final URI cloudStack;
    private final CloudStackCredentials keys;
    private final String region;

    Requests(URI gateway, URI cloudStack, CloudStackCredentials keys, String region) {
        this.gateway = gateway;
        this.cloudStack = cloudStack;
        this.keys = keys;
        this.region = region;
    }

    /** An EC2 action as a form POST signed with SigV4 (the user's EC2 keys are its CloudStack keys). */
    HttpRequest ec2(String action, Map<String, String> params) {
        TreeMap<String, String> all = new TreeMap<>(params);
        all.put("Action", action);
        all.put("Version", "2016-11-15");
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.POST).uri(gateway)
                .putHeader("Content-Type", "application/x-www-form-urlencoded; charset=utf-8").build();
        SdkHttpRequest signed = SIGNER.sign(r -> r
                .identity(AwsCredentialsIdentity.create(keys.apiKey(), keys.secretKey()))
                .request(unsigned)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ec2")).request();
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        signed.headers().forEach((name, values) -> {
            if (!SET_BY_HTTP_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return request.build();
    }

    /** A CloudStack command sent straight to CloudStack, signed with the same user's keys. */
    HttpRequest direct(Command command) {
        return HttpRequest.newBuilder(URI.create(cloudStack + "?" + CloudStackClient.signedQuery(command, keys)))
                .GET().build();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
