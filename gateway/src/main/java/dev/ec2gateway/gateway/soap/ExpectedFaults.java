package dev.ec2gateway.gateway.soap;

import jakarta.xml.ws.soap.SOAPFaultException;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.message.Message;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How CXF logs the faults of the SOAP endpoint. The expected ones (an EC2 error the endpoint answered,
 * a message WS-Security refused, a message that cannot be read) are the client's business and already in
 * the access log: one debug line without a stack trace. Anything else gets CXF's own warning with its
 * stack trace.
 */
final class ExpectedFaults implements FaultListener {
    private static final Logger LOG = LoggerFactory.getLogger(ExpectedFaults.class);

    @Override
    public boolean faultOccurred(Exception exception, String description, Message message) {
        String reason = expected(exception);
        if (reason == null) {
            return true;
        }
        LOG.debug("SOAP fault ({}): {}", reason, exception.getMessage());
        return false;
    }

    /** What makes the fault expected, or null when it is not. */
    static String expected(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SOAPFaultException fault
                    && SoapFaults.isEc2Namespace(fault.getFault().getFaultCodeAsQName().getNamespaceURI())) {
                return "EC2 error " + fault.getFault().getFaultCodeAsQName().getLocalPart();
            }
            if (t instanceof WSSecurityException) {
                return "refused by WS-Security";
            }
            if (t instanceof XMLStreamException) {
                return "unreadable message";
            }
        }
        return null;
    }
}
