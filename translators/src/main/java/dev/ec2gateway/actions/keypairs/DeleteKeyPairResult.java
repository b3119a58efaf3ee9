package dev.ec2gateway.actions.keypairs;

import dev.ec2gateway.ec2.Element;

public record DeleteKeyPairResult(@Element("return") Boolean succeeded) {
}
