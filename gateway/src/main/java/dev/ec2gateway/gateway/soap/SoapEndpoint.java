package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.actions.Access;
import dev.ec2gateway.actions.Action;
import dev.ec2gateway.cloudstack.CloudStackUnavailableException;
import dev.ec2gateway.ec2.Ec2Error;
import dev.ec2gateway.ec2.Ec2Exception;
import dev.ec2gateway.gateway.auth.Account;
import dev.ec2gateway.gateway.auth.AccountLookup;
import dev.ec2gateway.gateway.dispatch.ActionDispatcher;
import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.gateway.xml.Ec2Xml;
import dev.ec2gateway.wsdl.Ec2Actions;
import jakarta.annotation.Resource;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.staxutils.DelegatingXMLStreamWriter;
import org.apache.cxf.staxutils.W3CDOMStreamWriter;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The one SOAP operation handler for every action: the body's request element names the action and its
 * namespace the version; the signer's registered certificate names the caller; the element is read into
 * Query parameters and dispatched exactly like a Query call, and the result written by {@link Ec2Xml}.
 * WS-Security has already been verified by WSS4J when a message gets here. Request and answer are DOM
 * elements: CXF hands over the body element WSS4J verified, and copies the answer into its envelope
 * (an answer in bytes was parsed again first).
 */
@WebServiceProvider(serviceName = "AmazonEC2", portName = "AmazonEC2Port")
@ServiceMode(Service.Mode.PAYLOAD)
public final class SoapEndpoint implements Provider<DOMSource> {
    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoint.class);
    private static final String UNKNOWN_CERTIFICATE = "AWS was not able to validate the provided access credentials";

    private final ActionDispatcher dispatcher;
    private final AccountLookup accounts;
    private final AccessLog accessLog;

    @Resource
    WebServiceContext context;

    SoapEndpoint(ActionDispatcher dispatcher, AccountLookup accounts, AccessLog accessLog) {
        this.dispatcher = dispatcher;
        this.accounts = accounts;
        this.accessLog = accessLog;
    }

    @Override
    public DOMSource invoke(DOMSource payload) {
        AccessLog.Entry log = accessLog.start(UUID.randomUUID().toString());
        try {
            DOMSource answer = answer(payload, log);
            log.finish(200, null);
            return answer;
        } catch (SOAPFaultException fault) {
            log.finish(500, fault.getFault().getFaultCodeAsQName().getLocalPart());
            throw fault;
        }
    }

    private DOMSource answer(DOMSource payload, AccessLog.Entry log) {
        String requestId = log.requestId();
        Element request = element(payload);
        String namespace = request.getNamespaceURI();
        String version = SoapFaults.versionOf(namespace);
        if (version == null) {
            throw SoapFaults.fault(Ec2Xml.namespace(SoapFaults.DEFAULT_VERSION), "InvalidRequest",
                    "The request element must be in an EC2 namespace (http://ec2.amazonaws.com/doc/VERSION/).");
        }
        String action = request.getLocalName();
        log.action(action);
        try {
            Account caller = caller(log);
            Action<?, ?> row = soapRow(action);
            Map<String, String> params = SoapRequestReader.read(action, version, row.requestType(), request);
            Record result = dispatcher.dispatch(action, params, caller, requestId, log::cloudStackCalled);
            return answerElement(action, version, requestId, result);
        } catch (Ec2Exception e) {
            throw SoapFaults.fault(namespace, e.code(), e.getMessage());
        } catch (CloudStackUnavailableException e) {
            Ec2Exception unavailable = Ec2Error.UNAVAILABLE.with("CloudStack does not answer. Try again later.");
            throw SoapFaults.fault(namespace, unavailable.code(), unavailable.getMessage());
        } catch (RuntimeException e) {
            LOG.error("SOAP request {} ({}) failed unexpectedly", requestId, action, e);
            Ec2Exception internal = Ec2Error.INTERNAL_ERROR.with();
            throw SoapFaults.fault(namespace, internal.code(), internal.getMessage());
        }
    }

    /** EC2 operations only: the gateway's own actions (SetUserKeys, ...) are Query actions. */
    private Action<?, ?> soapRow(String action) {
        if (!Ec2Actions.isKnown(action)) {
            throw Ec2Error.INVALID_ACTION.with(action);
        }
        Action<?, ?> row = dispatcher.find(action);
        if (row.access() != Access.CALLER) {
            throw Ec2Error.INVALID_ACTION.with(action);
        }
        return row;
    }

    /**
     * The account whose registered certificate made the (already verified) signature: WSS4J's trust check
     * found the certificate's owner in the store and left it with the message.
     */
    private Account caller(AccessLog.Entry log) {
        try {
            Map<String, Object> message = context == null ? Map.of() : context.getMessageContext();
            String accessKey = SignerOwners.ownerOf(message, signer(message))
                    .orElseThrow(() -> Ec2Error.AUTH_FAILURE.with(UNKNOWN_CERTIFICATE));
            log.accessKey(accessKey);
            return accounts.find(accessKey).orElseThrow(() -> Ec2Error.AUTH_FAILURE.with(UNKNOWN_CERTIFICATE));
        } catch (Ec2Exception e) {
            log.authenticationFailed();
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signer(Map<String, Object> message) {
        Object results = message.get(WSHandlerConstants.RECV_RESULTS);
        if (results instanceof List<?> list) {
            for (WSHandlerResult handlerResult : (List<WSHandlerResult>) list) {
                List<WSSecurityEngineResult> signatures = handlerResult.getActionResults().get(WSConstants.SIGN);
                if (signatures != null) {
                    for (WSSecurityEngineResult signature : signatures) {
                        Object certificate = signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
                        if (certificate instanceof X509Certificate x509) {
                            return x509;
                        }
                    }
                }
            }
        }
        throw Ec2Error.AUTH_FAILURE.with("The message must be signed with a registered X.509 certificate.");
    }

    private static DOMSource answerElement(String action, String version, String requestId, Record result) {
        W3CDOMStreamWriter answer = new W3CDOMStreamWriter();
        try {
            Ec2Xml.writeResult(new Qualified(answer, Ec2Xml.namespace(version)), action, version, requestId, result);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the answer to " + action, e);
        }
        return new DOMSource(answer.getDocument().getDocumentElement());
    }

    private static Element element(DOMSource payload) {
        Node node = payload == null ? null : payload.getNode();
        if (node instanceof Document document) {
            node = document.getDocumentElement();
        }
        if (!(node instanceof Element element)) {
            throw SoapFaults.fault(Ec2Xml.namespace(SoapFaults.DEFAULT_VERSION), "InvalidRequest",
                    "The SOAP body holds no request element.");
        }
        return element;
    }

    /**
     * Puts the unqualified elements {@link Ec2Xml} writes below its default namespace declaration into that
     * namespace, as a DOM needs them (a serializer needs only the declaration).
     */
    private static final class Qualified extends DelegatingXMLStreamWriter {
        private final String namespace;

        Qualified(XMLStreamWriter writer, String namespace) {
            super(writer);
            this.namespace = namespace;
        }

        @Override
        public void writeStartElement(String localName) throws XMLStreamException {
            super.writeStartElement("", localName, namespace);
        }
    }
}
