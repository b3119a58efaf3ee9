package dev.ec2gateway.ec2;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one owner of EC2 id prefixes. An EC2 id is its kind's prefix and 17 lowercase hex digits taken
 * from a SHA-256 of the CloudStack UUID, so every gateway node computes the same id without
 * coordination. Pure functions only: the reverse direction lives in the account store's id index.
 */
public final class Ec2Ids {
    private static final int HEX_DIGITS = 17;
    // one digest per thread: looking the algorithm up for every id was a fortieth of a long listing's work
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });
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
        byte[] digest = SHA_256.get().digest((kind.prefix + ":" + cloudStackUuid).getBytes(StandardCharsets.UTF_8));
        String hex = HexFormat.of().formatHex(Arrays.copyOf(digest, 9));
        return kind.prefix + "-" + hex.substring(0, HEX_DIGITS);
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
