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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import org.apache.cxf.staxutils.StaxUtils;
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
 * WS-Security has already been verified by WSS4J when a message gets here.
 */
@WebServiceProvider(serviceName = "AmazonEC2", portName = "AmazonEC2Port")
@ServiceMode(Service.Mode.PAYLOAD)
public final class SoapEndpoint implements Provider<Source> {
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
    public Source invoke(Source payload) {
        AccessLog.Entry log = accessLog.start(UUID.randomUUID().toString());
        try {
            Source answer = answer(payload, log);
            log.finish(200, null);
            return answer;
        } catch (SOAPFaultException fault) {
            log.finish(500, fault.getFault().getFaultCodeAsQName().getLocalPart());
            throw fault;
        }
    }

    private Source answer(Source payload, AccessLog.Entry log) {
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
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            Ec2Xml.writeResult(answer, action, version, requestId, result);
            return new StreamSource(new ByteArrayInputStream(answer.toByteArray()));
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

    private static Element element(Source payload) {
        Node node;
        if (payload instanceof DOMSource dom) {
            node = dom.getNode();
        } else {
            try {
                node = StaxUtils.read(payload);
            } catch (XMLStreamException e) {
                throw SoapFaults.fault(Ec2Xml.namespace(SoapFaults.DEFAULT_VERSION), "InvalidRequest",
                        "The SOAP body cannot be read.");
            }
        }
        if (node instanceof Document document) {
            node = document.getDocumentElement();
        }
        if (!(node instanceof Element element)) {
            throw SoapFaults.fault(Ec2Xml.namespace(SoapFaults.DEFAULT_VERSION), "InvalidRequest",
                    "The SOAP body holds no request element.");
        }
        return element;
    }
}
