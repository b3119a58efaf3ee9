package dev.ec2gateway.actions.addresses;

import dev.ec2gateway.ec2.Element;

/** The answer of DisassociateAddress and ReleaseAddress. */
public record AddressChangedResult(@Element("return") Boolean succeeded) {
}
