package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Ec2Error;
import java.util.regex.Pattern;

/** EC2's rule for image names: 3 to 128 letters, digits and ( ) [ ] space . / - ' @ _. */
final class ImageNames {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9()\\[\\] ./'@_-]{3,128}");

    private ImageNames() {
    }

    static void requireValid(String name) {
        if (!VALID.matcher(name).matches()) {
            throw Ec2Error.INVALID_PARAMETER_VALUE.with("Invalid image name '" + name + "': names are 3 to 128 "
                    + "characters: letters, digits, spaces and ( ) [ ] . / - ' @ _");
        }
    }
}
