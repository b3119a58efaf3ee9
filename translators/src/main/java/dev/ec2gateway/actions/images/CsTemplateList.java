package dev.ec2gateway.actions.images;

import java.util.List;

/** registerTemplate's answer: a create command, yet list-shaped ({@code {count: 1, template: [...]}}). */
record CsTemplateList(Integer count, List<CsTemplate> template) {
}
