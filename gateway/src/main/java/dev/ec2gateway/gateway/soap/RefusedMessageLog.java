package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.wsdl.Ec2Actions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.cxf.helpers.CastUtils;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.interceptor.ServiceInvokerInterceptor;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * The access-log line of SOAP messages refused before they reach {@link SoapEndpoint} (unsigned, tampered,
 * expired, signed with an unknown certificate, unreadable), which writes the line of every message it gets:
 * a line is started when a message arrives, dropped when the endpoint is invoked, and written with the
 * fault's status and EC2 code when a fault is answered without the endpoint.
 */
final class RefusedMessageLog {
    /** The exchange's key of the line started on arrival. */
    private static final String ENTRY = RefusedMessageLog.class.getName() + ".entry";

    private RefusedMessageLog() {
    }

    static void install(EndpointImpl endpoint, AccessLog accessLog) {
        endpoint.getInInterceptors().add(new Arrived(accessLog));
        endpoint.getInInterceptors().add(new Invoked());
        endpoint.getOutFaultInterceptors().add(new Refused());
    }

    /** The EC2 action a SOAPAction header names, quoted or not; null when it names none. */
    static String ec2Action(String soapAction) {
        if (soapAction == null) {
            return null;
        }
        String value = soapAction.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return Ec2Actions.isKnown(value) ? value : null;
    }

    /** First of the in-chain: starts the line, with the action the SOAPAction header names if it is EC2's. */
    private static final class Arrived extends AbstractPhaseInterceptor<Message> {
        private final AccessLog accessLog;

        Arrived(AccessLog accessLog) {
            super(Phase.RECEIVE);
            this.accessLog = accessLog;
        }

        @Override
        public void handleMessage(Message message) {
            AccessLog.Entry entry = accessLog.start(UUID.randomUUID().toString());
            Map<String, List<String>> headers = CastUtils.cast((Map<?, ?>) message.get(Message.PROTOCOL_HEADERS));
            List<String> soapAction = headers == null ? null : headers.get("SOAPAction");
            String action = soapAction == null || soapAction.isEmpty() ? null : ec2Action(soapAction.get(0));
            if (action != null) {
                entry.action(action);
            }
            message.getExchange().put(ENTRY, entry);
        }
    }

    /** Last before the endpoint: from here on the endpoint writes the line. */
    private static final class Invoked extends AbstractPhaseInterceptor<Message> {
        Invoked() {
            super(Phase.INVOKE);
            addBefore(ServiceInvokerInterceptor.class.getName());
        }

        @Override
        public void handleMessage(Message message) {
            message.getExchange().remove(ENTRY);
        }
    }

    /** On the fault path, once {@link FaultCodes} gave the fault EC2's code: the line of a refused message. */
    private static final class Refused extends AbstractPhaseInterceptor<Message> {
        private static final int FAULT_STATUS = 500;

        Refused() {
            super(Phase.PRE_PROTOCOL);
            addAfter(FaultCodes.class.getName());
        }

        @Override
        public void handleMessage(Message message) {
            Exchange exchange = message.getExchange();
            AccessLog.Entry entry = exchange == null ? null : (AccessLog.Entry) exchange.remove(ENTRY);
            if (entry == null) {
                return;
            }
            String code = message.getContent(Exception.class) instanceof Fault fault && fault.getFaultCode() != null
                    ? fault.getFaultCode().getLocalPart() : null;
            if ("AuthFailure".equals(code)) {
                entry.authenticationFailed();
            }
            entry.finish(message.get(Message.RESPONSE_CODE) instanceof Integer status ? status : FAULT_STATUS, code);
        }
    }
}
