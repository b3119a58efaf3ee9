package dev.ec2gateway.standin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs CloudStack requests the way a client does, written apart from the stand-in's verifier. */
final class TestSigner {

    private TestSigner() {
    }

    static String signature(Map<String, String> params, String secretKey) {
        List<String> pairs = new ArrayList<>();
        params.forEach((name, value) -> pairs.add(name.toLowerCase() + "=" + encode(value).toLowerCase()));
        pairs.sort(null);
        String canonical = String.join("&", pairs);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
