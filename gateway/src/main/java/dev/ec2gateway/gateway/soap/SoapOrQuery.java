package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.wsdl.Ec2Wsdl;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The one place that tells the two EC2 front ends apart on the shared port and path: a POST with a
 * SOAPAction header and no Action parameter is SOAP, {@code GET ?wsdl} is the SOAP contract, and
 * everything else (any request with an Action parameter above all) is Query.
 */
public final class SoapOrQuery extends Handler.AbstractContainer {
    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Set<String> soapPaths;
    private final String contextPath;
    private final Handler query;
    private final Handler soap;

    public SoapOrQuery(String contextPath, Handler query, Handler soap) {
        this.contextPath = contextPath;
        this.soapPaths = Set.of(contextPath, contextPath + "/");
        this.query = query;
        this.soap = soap;
        installBean(query);
        installBean(soap);
    }

    @Override
    public List<Handler> getHandlers() {
        return List.of(query, soap);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (path != null && soapPaths.contains(path)) {
            Fields params = Request.extractQueryParameters(request);
            if (params.get("Action") == null) {
                if (isWsdlRequest(request, params)) {
                    return wsdl(request, response, callback, params);
                }
                if (isSoap(request)) {
                    return soap.handle(request, response, callback);
                }
            }
        }
        return query.handle(request, response, callback);
    }

    private static boolean isSoap(Request request) {
        return request.getMethod().equals("POST") && request.getHeaders().get("SOAPAction") != null;
    }

    private static boolean isWsdlRequest(Request request, Fields params) {
        return request.getMethod().equals("GET")
                && params.getNames().stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals("wsdl"));
    }

    /** The WSDL in the namespace of {@code ?wsdl&Version=...} (default: the one it is written in). */
    private boolean wsdl(Request request, Response response, Callback callback, Fields params) {
        String version = params.getValue("Version");
        if (version == null || !VERSION.matcher(version).matches()) {
            version = Ec2Wsdl.WRITTEN_VERSION;
        }
        HttpURI uri = request.getHttpURI();
        String address = uri.getScheme() + "://" + uri.getAuthority() + contextPath;
        byte[] body = Ec2Wsdl.text(version, address).getBytes(StandardCharsets.UTF_8);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/xml;charset=UTF-8");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }
}
