package dev.ec2gateway.actions.images;

import dev.ec2gateway.ec2.Ec2Error;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * RegisterImage's ImageLocation: the http(s) URL CloudStack downloads, and the gateway's options carried in
 * its fragment ({@code #format=QCOW2&ostype=Ubuntu%2022.04%20LTS&hypervisor=KVM&zone=zone1}), for clients
 * that cannot send parameters EC2 does not define. A fragment never reaches the image's server, so the URL
 * handed to CloudStack is the location without it.
 */
record ImageLocation(String url, Map<String, String> options) {
    private static final Map<String, String> FORMATS = Map.of(
            "qcow2", "QCOW2", "img", "RAW", "raw", "RAW", "vhd", "VHD", "vhdx", "VHDX", "ova", "OVA",
            "tar", "TAR", "vmdk", "VMDK", "iso", "ISO");
    private static final Set<String> OPTIONS = Set.of("format", "ostype", "hypervisor", "zone");

    static ImageLocation parse(String location) {
        if (location == null || location.isBlank()) {
            throw Ec2Error.MISSING_PARAMETER.with("ImageLocation");
        }
        URI uri;
        try {
            uri = new URI(location.strip());
        } catch (URISyntaxException e) {
            throw notAUrl(location);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw notAUrl(location);
        }
        String text = location.strip();
        int hash = text.indexOf('#');
        Map<String, String> options = new HashMap<>();
        if (hash >= 0) {
            for (String pair : text.substring(hash + 1).split("&")) {
                int eq = pair.indexOf('=');
                String key = eq > 0 ? pair.substring(0, eq).toLowerCase(Locale.ROOT) : "";
                if (!OPTIONS.contains(key)) {
                    throw Ec2Error.INVALID_PARAMETER_VALUE.with("ImageLocation option '" + pair + "' is not one of "
                            + "format=, ostype=, hypervisor=, zone= (docs/images.md).");
                }
                options.put(key, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new ImageLocation(hash >= 0 ? text.substring(0, hash) : text, Map.copyOf(options));
    }

    String option(String name) {
        return options.get(name);
    }

    /** The format the file name says ({@code .qcow2}, {@code .vhd.bz2}, ...), or null. */
    String formatFromName() {
        String path = URI.create(url).getPath();
        if (path == null) {
            return null;
        }
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        name = name.replaceFirst("\\.(gz|bz2|zip|xz)$", "");
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : FORMATS.get(name.substring(dot + 1));
    }

    private static RuntimeException notAUrl(String location) {
        return Ec2Error.INVALID_PARAMETER_VALUE.with("ImageLocation '" + location + "' is not an http or https URL"
                + " of an image file: CloudStack registers images by downloading them.");
    }
}
