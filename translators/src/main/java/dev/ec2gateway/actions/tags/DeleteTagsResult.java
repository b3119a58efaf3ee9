package dev.ec2gateway.actions.tags;

import dev.ec2gateway.ec2.Element;

public record DeleteTagsResult(@Element("return") Boolean succeeded) {
}
