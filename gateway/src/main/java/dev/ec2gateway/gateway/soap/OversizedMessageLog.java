package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.gateway.http.AccessLog;
import java.util.UUID;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The access-log line of a SOAP message whose declared length is over the limit: the size limit it wraps
 * answers 413 before CXF, and so {@link RefusedMessageLog}, ever sees the message.
 */
final class OversizedMessageLog extends Handler.Wrapper {
    private final long maxRequestBytes;
    private final AccessLog accessLog;

    OversizedMessageLog(long maxRequestBytes, AccessLog accessLog, Handler sizeLimit) {
        super(sizeLimit);
        this.maxRequestBytes = maxRequestBytes;
        this.accessLog = accessLog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.getLength() > maxRequestBytes) {
            AccessLog.Entry entry = accessLog.start(UUID.randomUUID().toString());
            String action = RefusedMessageLog.ec2Action(request.getHeaders().get("SOAPAction"));
            if (action != null) {
                entry.action(action);
            }
            Ec2Exception tooLarge = Ec2Error.REQUEST_TOO_LARGE.with(maxRequestBytes);
            entry.finish(tooLarge.httpStatus(), tooLarge.code());
        }
        return super.handle(request, response, callback);
    }
}
