package dev.ec2gateway.gateway.soap;

import dev.ec2gateway.gateway.http.AccessLog;
import dev.ec2gateway.gateway.auth.AccountLookup;
import dev.ec2gateway.gateway.dispatch.ActionDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.EndpointImpl;
import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.apache.cxf.ws.policy.PolicyEngine;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.dom.WSConstants;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The EC2 SOAP endpoint hosted in the gateway's own Jetty: CXF's servlet on the context path, one
 * {@link SoapEndpoint} for every operation, WSS4J verifying the X.509 signature over body and timestamp
 * against the registered certificates ({@link EnvelopeVerifier}, {@link SignatureCoverage}), and the message
 * size bounded before CXF reads it. Every message gets one access-log line: the endpoint's, or
 * {@link RefusedMessageLog}'s when it is refused before.
 */
public final class SoapService extends Handler.Wrapper {
    private static final String CRYPTO_REF = "ec2gateway.certificates";
    /** How long a signed message lives after its timestamp's Created, and the clock skew tolerated ahead. */
    private static final Duration TIMESTAMP_TTL = Duration.ofMinutes(5);
    private static final Duration FUTURE_TTL = Duration.ofMinutes(5);
    /** Accepted signatures remembered against replays (at most; see {@link AcceptedSignatures}). */
    private static final int REMEMBERED_SIGNATURES = 200_000;

    private final Bus bus;

    private SoapService(Bus bus, Handler handler) {
        super(handler);
        this.bus = bus;
    }

    public static SoapService create(String contextPath, long maxRequestBytes, ActionDispatcher dispatcher,
                                     CertificateOwners owners, AccountLookup accounts, AccessLog accessLog) {
        Bus bus = privateBus();
        hardenParsing(bus);
        // Without a class loader of its own, CXF's servlet looks one up as a resource ("") on every request,
        // which scans the class path's jars.
        bus.setExtension(SoapService.class.getClassLoader(), ClassLoader.class);
        // No WS-Policy is attached to the endpoint (WSS4J is configured by its actions): without the engine,
        // CXF's policy interceptors no longer look for an effective policy on every message and answer.
        bus.getExtension(PolicyEngine.class).setEnabled(false);
        CXFNonSpringServlet servlet = new CXFNonSpringServlet();
        servlet.setBus(bus);
        ServletContextHandler context = new ServletContextHandler(contextPath);
        context.setAllowNullPathInContext(true);
        context.addServlet(new ServletHolder("cxf", servlet), "/*");

        EndpointImpl endpoint = new EndpointImpl(bus, new SoapEndpoint(dispatcher, accounts, accessLog));
        CertificateTrust trust = new CertificateTrust(owners);
        endpoint.getInInterceptors().add(new EnvelopeVerifier(securitySettings(trust),
                Map.of(WSConstants.SIGNATURE, new SignerOwners(trust)),
                new AcceptedSignatures(TIMESTAMP_TTL.plus(FUTURE_TTL), REMEMBERED_SIGNATURES, Clock.systemUTC())));
        endpoint.getInInterceptors().add(new SignatureCoverage());
        endpoint.getOutFaultInterceptors().add(new FaultCodes());
        RefusedMessageLog.install(endpoint, accessLog);
        endpoint.setProperties(new HashMap<>(Map.of(FaultListener.class.getName(), new ExpectedFaults())));
        endpoint.publish("/");
        SizeLimitHandler bounded = new SizeLimitHandler(maxRequestBytes, -1);
        bounded.setHandler(context);
        return new SoapService(bus, new OversizedMessageLog(maxRequestBytes, accessLog, bounded));
    }

    /** A bus of the endpoint's own: CXF would otherwise make it the default of the thread and the JVM. */
    private static Bus privateBus() {
        Bus threadDefault = BusFactory.getThreadDefaultBus(false);
        Bus bus = BusFactory.newInstance().createBus();
        BusFactory.setThreadDefaultBus(threadDefault);
        if (BusFactory.getDefaultBus(false) == bus) {
            BusFactory.setDefaultBus(null);
        }
        return bus;
    }

    private static Map<String, Object> securitySettings(CertificateTrust trust) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConfigurationConstants.ACTION, ConfigurationConstants.TIMESTAMP + " "
                + ConfigurationConstants.SIGNATURE);
        settings.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, CRYPTO_REF);
        settings.put(CRYPTO_REF, trust);
        settings.put(ConfigurationConstants.TIMESTAMP_STRICT, "true");
        settings.put(ConfigurationConstants.REQUIRE_TIMESTAMP_EXPIRES, "true");
        settings.put(ConfigurationConstants.TTL_TIMESTAMP, String.valueOf(TIMESTAMP_TTL.toSeconds()));
        settings.put(ConfigurationConstants.TTL_FUTURE_TIMESTAMP, String.valueOf(FUTURE_TTL.toSeconds()));
        settings.put(ConfigurationConstants.ENABLE_SIGNATURE_CONFIRMATION, "false");
        settings.put(ConfigurationConstants.ENABLE_REVOCATION, "false");
        return settings;
    }

    /** No DTDs (CXF's default, kept explicit), bounded depth, children, attributes, text and element count. */
    private static void hardenParsing(Bus bus) {
        bus.setProperty("org.apache.cxf.stax.allowInsecureParser", "false");
        bus.setProperty("org.apache.cxf.stax.maxElementDepth", 64);
        bus.setProperty("org.apache.cxf.stax.maxChildElements", 10_000);
        bus.setProperty("org.apache.cxf.stax.maxAttributeCount", 100);
        bus.setProperty("org.apache.cxf.stax.maxAttributeSize", 64 * 1024);
        bus.setProperty("org.apache.cxf.stax.maxTextLength", 1024 * 1024);
        bus.setProperty("org.apache.cxf.stax.maxElementCount", 100_000);
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        bus.shutdown(true);
    }
}
