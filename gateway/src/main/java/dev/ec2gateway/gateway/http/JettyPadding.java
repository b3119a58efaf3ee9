package dev.ec2gateway.gateway.http;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * Tells Jetty how many object references fill a cache line (it pads its queues by that) before Jetty finds
 * out for itself: Jetty asks the platform MBean server, and building that server (every platform MBean,
 * the flight recorder's among them) is about a tenth of a second of every start. The answer is Jetty's own:
 * its cache line size divided by the size of a reference, which the JVM's diagnostic bean, read directly,
 * tells.
 */
final class JettyPadding {
    private static final String REFERENCES_PER_CACHE_LINE = "org.eclipse.jetty.util.referencesPerCacheLine";
    private static final String CACHE_LINE_BYTES = "org.eclipse.jetty.util.cacheLineBytes";
    private static final int JETTY_CACHE_LINE_BYTES = 64;

    private JettyPadding() {
    }

    /** Sets Jetty's property unless it is set already; to be called before Jetty's classes are. */
    static void tellJetty() {
        if (System.getProperty(REFERENCES_PER_CACHE_LINE) != null) {
            return;
        }
        boolean compressed = Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption("UseCompressedOops").getValue());
        int cacheLine = Integer.getInteger(CACHE_LINE_BYTES, JETTY_CACHE_LINE_BYTES);
        System.setProperty(REFERENCES_PER_CACHE_LINE, String.valueOf(cacheLine / (compressed ? 4 : 8)));
    }
}
