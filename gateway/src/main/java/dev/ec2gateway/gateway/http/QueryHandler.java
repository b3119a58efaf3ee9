package dev.ec2gateway.gateway.http;

import dev.ec2gateway.actions.Access;
import dev.ec2gateway.cloudstack.CloudStackCredentials;
import dev.ec2gateway.cloudstack.CloudStackUnavailableException;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.auth.Authenticator;
import dev.ec2gateway.gateway.auth.SignedRequest;
import dev.ec2gateway.gateway.dispatch.ActionDispatcher;
import dev.ec2gateway.gateway.xml.Ec2Xml;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EC2 Query front end: GET or form POST with {@code Action} and {@code Version}, on the context path,
 * the context path with a slash, and {@code /} (the AWS SDK for Java v2 drops an endpoint's path).
 * Reads the request, authenticates it, hands it to the dispatcher and writes EC2's XML.
 */
public final class QueryHandler extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(QueryHandler.class);
    private static final Pattern SANE_VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String DEFAULT_VERSION = "2016-11-15";

    private final Set<String> paths;
    private final Authenticator authenticator;
    private final ActionDispatcher dispatcher;
    private final int maxRequestBytes;
    private final AccessLog accessLog;

    public QueryHandler(String contextPath, Authenticator authenticator, ActionDispatcher dispatcher,
                        int maxRequestBytes, AccessLog accessLog) {
        this.paths = Set.of("/", contextPath, contextPath + "/");
        this.authenticator = authenticator;
        this.dispatcher = dispatcher;
        this.maxRequestBytes = maxRequestBytes;
        this.accessLog = accessLog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        AccessLog.Entry log = accessLog.start(UUID.randomUUID().toString());
        String version = DEFAULT_VERSION;
        try {
            String path = request.getHttpURI().getPath();
            if (path == null || !paths.contains(path)) {
                throw Ec2Error.NOT_FOUND.with(path);
            }
            String method = request.getMethod();
            if (!method.equals("GET") && !method.equals("POST")) {
                throw Ec2Error.METHOD_NOT_ALLOWED.with(method);
            }
            SignedRequest signed = read(request, path);
            Map<String, String> params = signed.params();
            String requested = params.get("Version");
            if (requested != null && SANE_VERSION.matcher(requested).matches()) {
                version = requested;
            }
            String action = params.get("Action");
            if (action == null || action.isBlank()) {
                throw Ec2Error.MISSING_ACTION.with();
            }
            log.action(action);
            Account caller = authenticate(action, signed, log);
            log.accessKey(caller.accessKey());
            String answerVersion = version;
            Record result = dispatcher.dispatch(action, params, caller, log.requestId(), log::cloudStackCalled);
            respond(response, callback, 200, out -> Ec2Xml.writeResult(out, action, answerVersion,
                    log.requestId(), result));
            log.finish(200, null);
        } catch (Ec2Exception e) {
            respondError(response, callback, log, e.httpStatus(), e.code(), e.getMessage());
        } catch (CloudStackUnavailableException e) {
            Ec2Exception unavailable = Ec2Error.UNAVAILABLE.with("CloudStack does not answer. Try again later.");
            respondError(response, callback, log, unavailable.httpStatus(), unavailable.code(), unavailable.getMessage());
        } catch (RuntimeException e) {
            LOG.error("request {} failed unexpectedly", log.requestId(), e);
            Ec2Exception internal = Ec2Error.INTERNAL_ERROR.with();
            respondError(response, callback, log, internal.httpStatus(), internal.code(), internal.getMessage());
        }
        return true;
    }

    private Account authenticate(String action, SignedRequest signed, AccessLog.Entry log) {
        Access access = dispatcher.accessOf(action);
        try {
            if (access == Access.SELF_REGISTERING) {
                String accessKey = signed.params().get("accesskey");
                String secretKey = signed.params().get("secretkey");
                if (accessKey == null || secretKey == null) {
                    throw Ec2Error.MISSING_PARAMETER.with(accessKey == null ? "accesskey" : "secretkey");
                }
                return authenticator.authenticateSelfSigned(signed,
                        new Account(accessKey, secretKey, new CloudStackCredentials(accessKey, secretKey)));
            }
            return authenticator.authenticate(signed);
        } catch (Ec2Exception e) {
            log.authenticationFailed();
            throw e;
        }
    }

    private SignedRequest read(Request request, String path) {
        byte[] body = readBody(request);
        Map<String, String> params = new LinkedHashMap<>();
        String rawQuery = request.getHttpURI().getQuery();
        FormDecoder.decodeInto(rawQuery, params);
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (body.length > 0 && (contentType == null
                || contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))) {
            FormDecoder.decodeInto(new String(body, StandardCharsets.UTF_8), params);
        }
        Map<String, List<String>> headers = new HashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getLowerCaseName(), k -> new ArrayList<>()).add(field.getValue());
        }
        return new SignedRequest(request.getMethod(), path, rawQuery, headers, body, params);
    }

    private byte[] readBody(Request request) {
        long declared = request.getLength();
        if (declared > maxRequestBytes) {
            throw Ec2Error.REQUEST_TOO_LARGE.with(maxRequestBytes);
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] body = in.readNBytes(maxRequestBytes + 1);
            if (body.length > maxRequestBytes) {
                throw Ec2Error.REQUEST_TOO_LARGE.with(maxRequestBytes);
            }
            return body;
        } catch (IOException e) {
            throw Ec2Error.INVALID_REQUEST.with("The request body could not be read.");
        }
    }

    private void respondError(Response response, Callback callback, AccessLog.Entry log, int status,
                              String code, String message) {
        respond(response, callback, status, out -> Ec2Xml.writeError(out, code, message, log.requestId()));
        log.finish(status, code);
    }

    /**
     * Writes the whole answer in one buffer with a Content-Length: streamed, every small XML write became
     * its own chunk and TCP segment, and Nagle's algorithm with delayed ACKs held answers back by tens of ms.
     */
    private static void respond(Response response, Callback callback, int status, BodyWriter writer) {
        try {
            AnswerBlocks out = new AnswerBlocks();
            writer.write(out);
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/xml;charset=UTF-8");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, out.size());
            out.send(response, callback);
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
        }
    }

    @FunctionalInterface
    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }
}
