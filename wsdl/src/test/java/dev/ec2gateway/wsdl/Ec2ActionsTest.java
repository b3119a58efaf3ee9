package dev.ec2gateway.wsdl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ec2ActionsTest {
    @Test
    void knowsTheClassicAndTheModernActions() {
        assertTrue(Ec2Actions.isKnown("RunInstances"));
        assertTrue(Ec2Actions.isKnown("DescribeInstanceTypes"));
        assertTrue(Ec2Actions.isKnown("BundleInstance"));
        assertTrue(Ec2Actions.known().size() > 500);
    }

    @Test
    void doesNotKnowInventedNamesOrComments() {
        assertFalse(Ec2Actions.isKnown("LaunchRocket"));
        assertFalse(Ec2Actions.known().stream().anyMatch(n -> n.startsWith("#")));
    }
}
