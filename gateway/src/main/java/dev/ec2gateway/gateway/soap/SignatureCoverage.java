package dev.ec2gateway.gateway.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * After {@link EnvelopeVerifier} has verified the signatures, requires them to cover the SOAP Body, every Timestamp of the
 * Security headers and any WS-Addressing ReplyTo and FaultTo headers: the checks of CXF's
 * DefaultCryptoCoverageChecker, made by walking the envelope's few top elements instead of evaluating its
 * XPath expressions (which built an XPath factory through the service loader and walked the whole
 * envelope for every message). A message that leaves one out is refused as a security failure.
 */
final class SignatureCoverage extends AbstractSoapInterceptor {
    private static final String WSA_NS = "http://www.w3.org/2005/08/addressing";
    private static final QName SIGNATURE = new QName(WSConstants.SIG_NS, WSConstants.SIG_LN);

    SignatureCoverage() {
        super(Phase.PRE_PROTOCOL);
        addAfter(EnvelopeVerifier.class.getName());
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Object results = message.get(WSHandlerConstants.RECV_RESULTS);
        if (results == null || !(message.getContent(Node.class) instanceof Document document)) {
            throw refused("the message was not read by WS-Security");
        }
        List<WSDataRef> signed = signedReferences(results);
        Element envelope = document.getDocumentElement();
        String soap = envelope == null ? null : envelope.getNamespaceURI();
        if (!WSConstants.URI_SOAP11_ENV.equals(soap) && !WSConstants.URI_SOAP12_ENV.equals(soap)) {
            throw refused("no SOAP envelope");
        }
        for (Element part = firstChild(envelope); part != null; part = nextSibling(part)) {
            if (is(part, soap, WSConstants.ELEM_BODY)) {
                require(signed, part);
            } else if (is(part, soap, WSConstants.ELEM_HEADER)) {
                requireSignedHeaders(signed, part);
            }
        }
    }

    private static void requireSignedHeaders(List<WSDataRef> signed, Element header) {
        for (Element entry = firstChild(header); entry != null; entry = nextSibling(entry)) {
            if (is(entry, WSConstants.WSSE_NS, WSConstants.WSSE_LN)) {
                for (Element token = firstChild(entry); token != null; token = nextSibling(token)) {
                    if (is(token, WSConstants.WSU_NS, WSConstants.TIMESTAMP_TOKEN_LN)) {
                        require(signed, token);
                    }
                }
            } else if (is(entry, WSA_NS, "ReplyTo") || is(entry, WSA_NS, "FaultTo")) {
                require(signed, entry);
            }
        }
    }

    /**
     * The elements the message's signatures cover, read as CXF's checker reads them: once a result holds
     * only an endorsement of another signature, the results after it are not counted.
     */
    private static List<WSDataRef> signedReferences(Object results) {
        List<WSDataRef> signed = new ArrayList<>();
        if (!(results instanceof List<?> handlerResults)) {
            return signed;
        }
        for (Object handlerResult : handlerResults) {
            List<WSSecurityEngineResult> signatures = handlerResult instanceof WSHandlerResult result
                    ? result.getActionResults().get(WSConstants.SIGN) : null;
            if (signatures == null) {
                continue;
            }
            for (WSSecurityEngineResult signature : signatures) {
                if (signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS) instanceof List<?> references) {
                    if (references.size() == 1 && references.get(0) instanceof WSDataRef only
                            && SIGNATURE.equals(only.getName())) {
                        break;
                    }
                    for (Object reference : references) {
                        if (reference instanceof WSDataRef dataRef) {
                            signed.add(dataRef);
                        }
                    }
                }
            }
        }
        return signed;
    }

    /** The element itself must be signed (not only its content): the same DOM node WSS4J verified. */
    private static void require(List<WSDataRef> signed, Element element) {
        for (WSDataRef reference : signed) {
            if (reference.getProtectedElement() == element && !reference.isContent()) {
                return;
            }
        }
        throw refused("the signature does not cover {" + element.getNamespaceURI() + "}" + element.getLocalName());
    }

    private static Fault refused(String why) {
        WSSecurityException cause = new WSSecurityException(WSSecurityException.ErrorCode.FAILED_CHECK);
        return new SoapFault("The message is not signed as required: " + why, cause, Fault.FAULT_CODE_CLIENT);
    }

    private static boolean is(Element element, String namespace, String localName) {
        return localName.equals(element.getLocalName()) && namespace.equals(element.getNamespaceURI());
    }

    private static Element firstChild(Node parent) {
        return elementFrom(parent.getFirstChild());
    }

    private static Element nextSibling(Node node) {
        return elementFrom(node.getNextSibling());
    }

    private static Element elementFrom(Node node) {
        Node at = node;
        while (at != null && !(at instanceof Element)) {
            at = at.getNextSibling();
        }
        return (Element) at;
    }
}
