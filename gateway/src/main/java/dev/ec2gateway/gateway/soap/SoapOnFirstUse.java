package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.gateway.xml.Ec2Xml;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SOAP front end, built and started on the first SOAP request rather than when the gateway starts:
 * building CXF and WSS4J loads a few thousand classes that a gateway serving only Query clients never
 * needs. Built once, however many requests arrive together; when building fails the request gets an EC2
 * SOAP fault at once and the next SOAP request tries again.
 */
public final class SoapOnFirstUse extends Handler.Abstract {
    private static final Logger LOG = LoggerFactory.getLogger(SoapOnFirstUse.class);
    /** SOAP 1.1 answers every fault with 500, as CXF does for the endpoint's own faults. */
    private static final int SOAP_FAULT_STATUS = 500;
    private static final String UNAVAILABLE = "the SOAP endpoint could not be started; try again later";

    private final Supplier<? extends Handler> build;
    private final AccessLog accessLog;
    private final Object lock = new Object();
    private volatile Handler built;

    /** @param build makes the (unstarted) SOAP handler; called on the first SOAP request */
    public SoapOnFirstUse(Supplier<? extends Handler> build, AccessLog accessLog) {
        this.build = build;
        this.accessLog = accessLog;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Handler soap;
        try {
            soap = started();
        } catch (Exception | LinkageError e) {
            AccessLog.Entry log = accessLog.start(UUID.randomUUID().toString());
            LOG.error("request {}: cannot build the SOAP endpoint", log.requestId(), e);
            Ec2Exception unavailable = Ec2Error.UNAVAILABLE.with(UNAVAILABLE);
            log.finish(SOAP_FAULT_STATUS, unavailable.code());
            fault(response, callback, unavailable);
            return true;
        }
        return soap.handle(request, response, callback);
    }

    /** Whether the SOAP handler has been built (and started) yet. */
    public boolean isBuilt() {
        return built != null;
    }

    private Handler started() throws Exception {
        Handler soap = built;
        if (soap != null) {
            return soap;
        }
        synchronized (lock) {
            if (built == null) {
                Handler fresh = build.get();
                fresh.setServer(getServer());
                try {
                    fresh.start();
                } catch (Exception | Error e) {
                    fresh.stop();
                    throw e;
                }
                built = fresh;
            }
            return built;
        }
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (lock) {
            if (built != null) {
                built.stop();
                built = null;
            }
        }
        super.doStop();
    }

    /** A SOAP 1.1 fault written by hand: the SOAP machinery that would write it is what failed. */
    private static void fault(Response response, Callback callback, Ec2Exception error) {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><soap:Fault>"
                + "<faultcode xmlns:ec2=\"" + Ec2Xml.namespace(SoapFaults.DEFAULT_VERSION) + "\">ec2:"
                + error.code() + "</faultcode><faultstring>" + error.getMessage() + "</faultstring>"
                + "</soap:Fault></soap:Body></soap:Envelope>";
        response.setStatus(SOAP_FAULT_STATUS);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/xml;charset=UTF-8");
        response.write(true, ByteBuffer.wrap(envelope.getBytes(StandardCharsets.UTF_8)), callback);
    }
}
