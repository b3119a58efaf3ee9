package dev.ec2gateway.gateway.soap;

import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFactory;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;

/** EC2's SOAP faults: the EC2 error code as the faultcode's local name, in the request's namespace. */
final class SoapFaults {
    /** The version of answers to requests whose own version cannot be read. */
    static final String DEFAULT_VERSION = "2014-02-01";
    private static final Pattern EC2_NAMESPACE = Pattern.compile("http://ec2\\.amazonaws\\.com/doc/(\\d{4}-\\d{2}-\\d{2})/");

    private SoapFaults() {
    }

    /** The API version of an EC2 namespace, or null when it is not one. */
    static String versionOf(String namespace) {
        if (namespace == null) {
            return null;
        }
        Matcher matcher = EC2_NAMESPACE.matcher(namespace);
        return matcher.matches() ? matcher.group(1) : null;
    }

    static boolean isEc2Namespace(String namespace) {
        return versionOf(namespace) != null;
    }

    static QName code(String namespace, String code) {
        return new QName(namespace, code, "ec2");
    }

    static SOAPFaultException fault(String namespace, String code, String message) {
        try {
            SOAPFault fault = SOAPFactory.newInstance(SOAPConstants.SOAP_1_1_PROTOCOL).createFault();
            fault.setFaultCode(code(namespace, code));
            fault.setFaultString(message);
            return new SOAPFaultException(fault);
        } catch (SOAPException e) {
            throw new IllegalStateException("cannot build a SOAP fault", e);
        }
    }
}
