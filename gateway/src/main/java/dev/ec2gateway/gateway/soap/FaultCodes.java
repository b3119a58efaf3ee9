package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.gateway.xml.Ec2Xml;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.Phase;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.util.WSSecurityUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Gives the faults CXF and WSS4J raise themselves (bad signature, no security header, unreadable XML)
 * EC2's codes before they are written: any security failure is AuthFailure, a message CXF cannot read
 * InvalidRequest, anything else InternalError. Faults the endpoint raised carry EC2 codes already.
 */
final class FaultCodes extends AbstractSoapInterceptor {
    private static final String AUTH_FAILURE_MESSAGE =
            "AWS was not able to validate the provided access credentials: the message must carry a fresh "
                    + "timestamp and a signature over the body and the timestamp made with a registered certificate.";

    FaultCodes() {
        super(Phase.PRE_PROTOCOL);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)
                || SoapFaults.isEc2Namespace(fault.getFaultCode().getNamespaceURI())) {
            return;
        }
        String namespace = Ec2Xml.namespace(requestVersion(message));
        Ec2Exception ec2;
        if (isSecurityFailure(fault)) {
            ec2 = Ec2Error.AUTH_FAILURE.with(AUTH_FAILURE_MESSAGE);
        } else if ("Client".equals(fault.getFaultCode().getLocalPart()) || fault.getCause() instanceof
                javax.xml.stream.XMLStreamException) {
            ec2 = Ec2Error.INVALID_REQUEST.with("The SOAP message cannot be read: " + fault.getMessage());
        } else {
            ec2 = Ec2Error.INTERNAL_ERROR.with();
        }
        fault.setFaultCode(SoapFaults.code(namespace, ec2.code()));
        fault.setMessage(ec2.getMessage());
        fault.setDetail(null);
    }

    private static boolean isSecurityFailure(Fault fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t instanceof WSSecurityException || t.getClass().getName().contains(".security.")) {
                return true;
            }
        }
        String namespace = fault.getFaultCode().getNamespaceURI();
        return namespace != null && namespace.contains("oasis-200401-wss-wssecurity");
    }

    /** The version of the request element in the SOAP body, when the request got as far as being read. */
    private static String requestVersion(Message message) {
        Message in = message.getExchange() == null ? null : message.getExchange().getInMessage();
        Element body = in != null && in.getContent(Node.class) instanceof Document envelope
                && envelope.getDocumentElement() != null ? WSSecurityUtil.findBodyElement(envelope) : null;
        for (Node child = body == null ? null : body.getFirstChild(); child != null; child = child.getNextSibling()) {
            String version = SoapFaults.versionOf(child.getNamespaceURI());
            if (version != null) {
                return version;
            }
        }
        return SoapFaults.DEFAULT_VERSION;
    }
}
