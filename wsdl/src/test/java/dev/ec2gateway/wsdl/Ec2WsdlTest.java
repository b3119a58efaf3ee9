package dev.ec2gateway.wsdl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class Ec2WsdlTest {
    @Test
    void everyOperationIsAnEc2ActionAndNamedOnce() {
        assertTrue(Ec2Wsdl.operations().contains("DescribeAvailabilityZones"));
        for (String operation : Ec2Wsdl.operations()) {
            assertTrue(Ec2Actions.isKnown(operation), operation);
        }
        assertEquals(Ec2Wsdl.operations().size(), new HashSet<>(Ec2Wsdl.operations()).size());
    }

    @Test
    void everyOperationIsBoundWithItsNameAsSoapAction() {
        for (String operation : Ec2Wsdl.operations()) {
            assertTrue(Ec2Wsdl.text().contains("<soap:operation soapAction=\"" + operation + "\"/>"), operation);
        }
    }

    @Test
    void aVersionGetsItsOwnNamespaceAndTheAddressIsEscaped() {
        String text = Ec2Wsdl.text("2010-11-15", "http://gw.example/awsapi?a=1&b=2");
        assertTrue(text.contains("targetNamespace=\"http://ec2.amazonaws.com/doc/2010-11-15/\""));
        assertFalse(text.contains(Ec2Wsdl.namespace(Ec2Wsdl.WRITTEN_VERSION)));
        assertTrue(text.contains("location=\"http://gw.example/awsapi?a=1&amp;b=2\""));
    }

    @Test
    void somethingThatIsNotAVersionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Ec2Wsdl.text("latest", "http://gw.example/awsapi"));
    }
}
