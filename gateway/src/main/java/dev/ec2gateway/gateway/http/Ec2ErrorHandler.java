package dev.ec2gateway.gateway.http;

import dev.ec2gateway.gateway.xml.Ec2Xml;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request it cannot parse, headers too large, ...) in EC2's error document
 * instead of an HTML page, so that every client can read them.
 */
public final class Ec2ErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        String code = status >= 500 ? "InternalError" : "InvalidRequest";
        String text = status >= 500 ? "An internal error has occurred."
                : "The request could not be read as HTTP (" + status + (message == null ? "" : " " + message) + ").";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Ec2Xml.writeError(body, code, text, UUID.randomUUID().toString());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/xml;charset=UTF-8");
        response.write(true, ByteBuffer.wrap(body.toByteArray()), callback);
    }
}
