package dev.ec2gateway.actions.instances;

import dev.ec2gateway.ec2.Element;

public record OfferMappingResult(@Element("return") Boolean succeeded) {
}
