package dev.ec2gateway.ec2;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one owner of EC2 id prefixes. An EC2 id is its kind's prefix and 17 lowercase hex digits taken
 * from a SHA-256 of the CloudStack UUID, so every gateway node computes the same id without
 * coordination. Pure functions only: the reverse direction lives in the account store's id index.
 */
public final class Ec2Ids {
    private static final int HEX_DIGITS = 17;
    // one digest and its buffers per thread: looking the algorithm up for every id was a fortieth of a long
    // listing's work, and the strings and arrays made around each digest a tenth of what it allocated
    private static final ThreadLocal<Digester> DIGESTER = ThreadLocal.withInitial(Digester::new);
    private static final Pattern SUFFIX = Pattern.compile("[0-9a-f]{8}|[0-9a-f]{17}");

    /** The kinds of EC2 id, each with its prefix and the code stem of its errors. */
    public enum Kind {
        INSTANCE("i", "InvalidInstanceID"),
        IMAGE("ami", "InvalidAMIID"),
        VOLUME("vol", "InvalidVolume", "InvalidVolumeID"),
        SNAPSHOT("snap", "InvalidSnapshot", "InvalidSnapshotID"),
        SECURITY_GROUP("sg", "InvalidGroup", "InvalidGroupId"),
        ALLOCATION("eipalloc", "InvalidAllocationID"),
        ASSOCIATION("eipassoc", "InvalidAssociationID"),
        RESERVATION("r", "InvalidReservationID"),
        KEY_PAIR("key", "InvalidKeyPair"),
        SUBNET("subnet", "InvalidSubnetID"),
        VPC("vpc", "InvalidVpcID");

        private final String prefix;
        private final String notFoundStem;
        private final String malformedStem;

        Kind(String prefix, String stem) {
            this(prefix, stem, stem);
        }

        Kind(String prefix, String notFoundStem, String malformedStem) {
            this.prefix = prefix;
            this.notFoundStem = notFoundStem;
            this.malformedStem = malformedStem;
        }

        public String prefix() {
            return prefix;
        }
    }

    private Ec2Ids() {
    }

    /** The EC2 id of a CloudStack object of this kind. */
    public static String of(Kind kind, String cloudStackUuid) {
        return DIGESTER.get().id(kind.prefix, cloudStackUuid);
    }

    /** SHA-256 of "prefix:uuid", its first 17 hex digits after "prefix-". */
    private static final class Digester {
        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        private final MessageDigest sha256;
        private final byte[] digest = new byte[32];
        private byte[] input = new byte[64];

        Digester() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        String id(String prefix, String uuid) {
            int length = prefix.length() + 1 + uuid.length();
            if (!isAscii(prefix) || !isAscii(uuid)) {
                return ofUtf8(prefix, (prefix + ":" + uuid).getBytes(StandardCharsets.UTF_8));
            }
            if (input.length < length) {
                input = new byte[length];
            }
            copyAscii(prefix, input, 0);
            input[prefix.length()] = ':';
            copyAscii(uuid, input, prefix.length() + 1);
            sha256.update(input, 0, length);
            return written(prefix);
        }

        private String ofUtf8(String prefix, byte[] text) {
            sha256.update(text);
            return written(prefix);
        }

        private String written(String prefix) {
            try {
                sha256.digest(digest, 0, digest.length);
            } catch (DigestException e) {
                throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
            }
            byte[] id = new byte[prefix.length() + 1 + HEX_DIGITS];
            copyAscii(prefix, id, 0);
            int at = prefix.length();
            id[at++] = '-';
            for (int i = 0; at < id.length; i++) {
                int value = digest[i / 2] >> (i % 2 == 0 ? 4 : 0);
                id[at++] = HEX[value & 0xf];
            }
            return new String(id, StandardCharsets.US_ASCII);
        }

        private static void copyAscii(String text, byte[] into, int at) {
            for (int i = 0; i < text.length(); i++) {
                into[at + i] = (byte) text.charAt(i);
            }
        }

        private static boolean isAscii(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The kind an id names by its prefix, whatever its suffix looks like. */
    public static Optional<Kind> kindOf(String ec2Id) {
        int dash = ec2Id.indexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        String prefix = ec2Id.substring(0, dash);
        return Arrays.stream(Kind.values()).filter(k -> k.prefix.equals(prefix)).findFirst();
    }

    /** Whether the id has the form EC2 gives ids of this kind. */
    public static boolean isWellFormed(Kind kind, String ec2Id) {
        String start = kind.prefix + "-";
        return ec2Id.startsWith(start) && SUFFIX.matcher(ec2Id.substring(start.length())).matches();
    }

    /** Checks the form and answers EC2's {@code Invalid…ID.Malformed} when it is wrong. */
    public static String requireWellFormed(Kind kind, String ec2Id) {
        if (!isWellFormed(kind, ec2Id)) {
            throw Ec2Exception.ofKind(Ec2Error.INVALID_ID_MALFORMED, kind.malformedStem, ec2Id);
        }
        return ec2Id;
    }

    /** EC2's {@code Invalid…ID.NotFound} for a well-formed id the caller cannot see. */
    public static Ec2Exception notFound(Kind kind, String ec2Id) {
        return Ec2Exception.ofKind(Ec2Error.INVALID_ID_NOT_FOUND, kind.notFoundStem, ec2Id);
    }
}
