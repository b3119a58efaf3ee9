package dev.ec2gateway.gateway.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.MessageImpl;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** CXF logs the expected SOAP faults without warnings or stack traces, and anything else as it always did. */
class ExpectedFaultsTest {
    /** Through the real endpoint, with CXF's chain logger listened to at INFO. */
    @Nested
    class ThroughTheEndpoint {
        private static final String VERSION = "2014-02-01";

        @RegisterExtension
        final SoapHarness harness = new SoapHarness();

        private final ListAppender<ILoggingEvent> cxfChain = new ListAppender<>();
        private Logger chainLogger;
        private Level chainLevel;

        @BeforeEach
        void listenToCxfsChainLogger() {
            chainLogger = (Logger) LoggerFactory.getLogger(PhaseInterceptorChain.class);
            chainLevel = chainLogger.getLevel();
            chainLogger.setLevel(Level.INFO);
            cxfChain.start();
            chainLogger.addAppender(cxfChain);
        }

        @AfterEach
        void stopListening() {
            chainLogger.detachAppender(cxfChain);
            chainLogger.setLevel(chainLevel);
        }

        @Test
        void anEc2ErrorAndARefusedMessageAreNotLoggedByCxf() throws Exception {
            SignedSession soap = harness.session(VERSION);
            assertThrows(SOAPFaultException.class, () -> soap.send("CreateKeyPair", ""));
            assertThrows(SOAPFaultException.class, () -> soap.client().call("CreateKeyPair",
                    SoapSigner.envelope(VERSION, "CreateKeyPair", "<keyName>unsigned</keyName>")));

            assertEquals(List.of(), cxfChain.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
        }
    }

    @Test
    void theEndpointsEc2ErrorsAreExpected() {
        SOAPFaultException ec2 = SoapFaults.fault("http://ec2.amazonaws.com/doc/2014-02-01/", "InvalidKeyPair.NotFound",
                "The key pair 'x' does not exist");
        assertFalse(new ExpectedFaults().faultOccurred(new Fault(ec2), "invoke", new MessageImpl()));
    }

    @Test
    void whatWsSecurityRefusedIsExpected() {
        SoapFault refused = new SoapFault("The signature or decryption was invalid",
                new WSSecurityException(WSSecurityException.ErrorCode.FAILED_CHECK),
                new QName("http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd",
                        "FailedCheck"));
        assertFalse(new ExpectedFaults().faultOccurred(refused, "WSS4JInInterceptor", new MessageImpl()));
    }

    @Test
    void anythingElseIsLeftToCxfsOwnLoggingWithItsStackTrace() {
        ExpectedFaults listener = new ExpectedFaults();
        assertTrue(listener.faultOccurred(new Fault(new IllegalStateException("a bug")), "invoke", new MessageImpl()));
        SOAPFaultException notEc2 = SoapFaults.fault("urn:elsewhere", "Oops", "not an EC2 fault");
        assertTrue(listener.faultOccurred(new Fault(notEc2), "invoke", new MessageImpl()));
    }
}
