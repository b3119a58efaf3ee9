package dev.ec2gateway.gateway.soap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.dom.DOMSource;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.SoapVersion;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.staxutils.StaxUtils;
import org.apache.cxf.ws.security.wss4j.AbstractWSS4JInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JUtils;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.cache.ReplayCache;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.util.WSSecurityUtil;
import org.apache.wss4j.dom.validate.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * WS-Security for the SOAP endpoint: WSS4J verifies the message's Security header, set up from the same
 * settings and by the same WSS4J code ({@code WSHandler}) as CXF's {@code WSS4JInInterceptor} sets it up,
 * and its results must hold exactly the configured actions. The difference is the DOM: CXF's header
 * reader has already built the envelope's headers as a DOM, so the body is read into that same document
 * and verified there, instead of the whole envelope being copied into a SAAJ message first (about a
 * sixth of the SOAP path's CPU went to that copy). Leaves WSS4J's results with the message, as CXF's
 * interceptor does, and hands the rest of the chain a reader over the verified body.
 */
final class EnvelopeVerifier extends AbstractWSS4JInterceptor {
    private final WSSConfig config;
    private final List<Integer> actions;
    private final ReplayCache acceptedSignatures;

    EnvelopeVerifier(Map<String, Object> settings, Map<QName, Validator> validators, ReplayCache acceptedSignatures) {
        setPhase(Phase.PRE_PROTOCOL);
        setProperties(settings);
        this.config = WSSConfig.getNewInstance();
        validators.forEach(config::setValidator);
        try {
            this.actions = WSSecurityUtil.decodeAction((String) settings.get(ConfigurationConstants.ACTION));
        } catch (WSSecurityException e) {
            throw new IllegalArgumentException("unknown WS-Security actions " + settings.get(ConfigurationConstants.ACTION), e);
        }
        this.acceptedSignatures = acceptedSignatures;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        SoapVersion version = message.getVersion();
        try {
            Element body = readBody(message);
            Document envelope = body == null ? null : body.getOwnerDocument();
            Element header = envelope == null ? null : WSSecurityUtil.getSOAPHeader(envelope);
            Element security = header == null ? null
                    : WSSecurityUtil.getSecurityHeader(header, null, version.getVersion() != 1.1);
            WSSecurityEngine engine = new WSSecurityEngine();
            engine.setWssConfig(config);
            WSHandlerResult result = engine.processSecurityHeader(security, requestData(message));
            if (!checkReceiverResultsAnyOrder(result.getResults(), actions)) {
                throw new WSSecurityException(WSSecurityException.ErrorCode.INVALID_SECURITY);
            }
            List<WSHandlerResult> results = new ArrayList<>(1);
            results.add(result);
            message.put(WSHandlerConstants.RECV_RESULTS, results);
            message.setContent(XMLStreamReader.class, readerInside(body));
        } catch (WSSecurityException e) {
            throw WSS4JUtils.createSoapFault(message, version, e);
        } catch (XMLStreamException e) {
            throw new SoapFault(e.getMessage(), e, version.getSender());
        }
    }

    /**
     * Reads the body's content into the Body element of the document CXF's header reader built (CXF's reader
     * is just inside the Body's start tag), then reads the rest of the message to its end, so that a message that is
     * not well-formed after its body is still refused. Null when the message has no SOAP header, so no
     * document: such a message carries no Security header either.
     */
    private static Element readBody(SoapMessage message) throws XMLStreamException {
        if (!(message.getContent(Node.class) instanceof Document envelope)) {
            return null;
        }
        Element body = WSSecurityUtil.findBodyElement(envelope);
        XMLStreamReader reader = message.getContent(XMLStreamReader.class);
        if (body == null || reader == null) {
            throw new XMLStreamException("the SOAP envelope has no Body");
        }
        // CXF's reader already enforces the bus' depth and count limits; without them, StaxUtils checks its own.
        StaxUtils.readDocElements(envelope, body, reader, false, false, !StaxUtils.isSecureReader(reader, message));
        while (reader.hasNext()) {
            reader.next();
        }
        return body;
    }

    /** What WSS4J's handler would make of the settings for these actions, and the replay cache. */
    private RequestData requestData(SoapMessage message) throws WSSecurityException {
        RequestData data = new RequestData();
        data.setWssConfig(config);
        data.setMsgContext(message);
        decodeAlgorithmSuite(data);
        data.setTimestampReplayCache(acceptedSignatures);
        doReceiverAction(actions, data);
        return data;
    }

    /** A reader over the verified body, past the Body's start tag, as the endpoint's binding expects it. */
    private static XMLStreamReader readerInside(Element body) throws XMLStreamException {
        XMLStreamReader reader = StaxUtils.createXMLStreamReader(new DOMSource(body));
        reader.nextTag();
        reader.nextTag();
        return reader;
    }
}
