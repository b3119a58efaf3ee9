package dev.ec2gateway.gateway.http;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.gateway.xml.Ec2Xml;
import java.io.OutputStream;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Serves the EC2 API switched off ({@code enable.ec2.api=false}): every request gets EC2's Unavailable. */
public final class SwitchedOffHandler extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Ec2Exception off = Ec2Error.UNAVAILABLE.with("the EC2 API is switched off on this gateway (enable.ec2.api=false).");
        response.setStatus(off.httpStatus());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/xml;charset=UTF-8");
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            Ec2Xml.writeError(out, off.code(), off.getMessage(), UUID.randomUUID().toString());
        }
        callback.succeeded();
        return true;
    }
}
