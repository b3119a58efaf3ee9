package dev.ec2gateway.actions.addresses;

import dev.ec2gateway.ec2.Element;

public record AssociateAddressResult(@Element("return") Boolean succeeded, String associationId) {
}
