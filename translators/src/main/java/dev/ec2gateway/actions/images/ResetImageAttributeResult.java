package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Element;

public record ResetImageAttributeResult(@Element("return") Boolean succeeded) {
}
