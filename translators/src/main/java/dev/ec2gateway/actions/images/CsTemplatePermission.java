package dev.ec2gateway.actions.images;

import java.util.List;

/** listTemplatePermissions' single object: the owner and the accounts it is shared with (none once public). */
record CsTemplatePermission(String id, Boolean ispublic, List<String> account) {
}
