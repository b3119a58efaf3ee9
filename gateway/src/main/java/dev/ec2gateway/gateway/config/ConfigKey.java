package dev.ec2gateway.gateway.config;

/**
 * Every setting of the gateway. Each is a key of the properties file, an environment variable
 * ({@code EC2_GATEWAY_} and the key in upper case with {@code _} for {@code .}) and a command-line flag
 * ({@code --} and the key with {@code -} for {@code .}); later ones win.
 */
public enum ConfigKey {
    PORT("port", "7080", "HTTP port of the EC2 API"),
    BIND_ADDRESS("bind.address", "0.0.0.0", "address the HTTP listener binds to"),
    CONTEXT_PATH("context.path", "/awsapi", "path of the EC2 API (it also answers on /)"),
    PUBLIC_URL("public.url", "", "the gateway's URL as clients reach it (default http://<host>:<port><context.path>)"),
    DATA_DIR("data.dir", "data", "directory of the embedded account store and its encryption key"),
    DB_URL("db.url", "", "JDBC URL of a shared MariaDB/MySQL account store (empty: embedded store in data.dir)"),
    DB_USER("db.user", "", "database user for db.url"),
    DB_PASSWORD("db.password", "", "database password for db.url"),
    CLOUDSTACK_URL("cloudstack.url", "http://localhost:8080/client/api", "CloudStack's API endpoint"),
    CLOUDSTACK_TIMEOUT_SECONDS("cloudstack.timeout.seconds", "30", "timeout of one CloudStack call"),
    CLOUDSTACK_JOB_WAIT_SECONDS("cloudstack.job.wait.seconds", "60",
            "longest wait for a CloudStack job whose result an answer needs"),
    CLOUDSTACK_PAGE_SIZE("cloudstack.page.size", "500", "page size when walking CloudStack lists"),
    CLOUDSTACK_ADMIN_API_KEY("cloudstack.admin.api.key", "",
            "admin API key: turns on the lookup of unregistered users' keys in CloudStack"),
    CLOUDSTACK_ADMIN_SECRET_KEY("cloudstack.admin.secret.key", "", "admin secret key for the key lookup"),
    LOOKUP_CACHE_SECONDS("lookup.cache.seconds", "300", "how long keys looked up in CloudStack are cached"),
    REGION_NAME("region.name", "cloudstack", "the region name DescribeRegions answers"),
    TERMINATED_VISIBLE_MINUTES("terminated.visible.minutes", "60",
            "how long DescribeInstances keeps listing an instance the gateway terminated"),
    DEFAULT_ZONE("default.zone", "",
            "zone of RunInstances without Placement.AvailabilityZone (empty: the first enabled)"),
    SIGNATURE_SKEW_MINUTES("signature.skew.minutes", "15", "how far a request's time may be from the gateway's"),
    MAX_REQUEST_BYTES("max.request.bytes", "1048576", "largest request body accepted"),
    ENABLE_EC2_API("enable.ec2.api", "true", "serve the EC2 API"),
    ENABLE_S3_API("enable.s3.api", "false", "serve the S3 API (not provided by this gateway)"),
    HTTP_ENABLED("http.enabled", "true", "serve plain HTTP on port (false: HTTPS only)"),
    HTTPS_PORT("https.port", "", "HTTPS port of the EC2 API (empty: no HTTPS listener)"),
    HTTPS_KEYSTORE_PATH("https.keystore.path", "", "keystore holding the HTTPS key and certificate chain"),
    HTTPS_KEYSTORE_PASSWORD("https.keystore.password", "", "password of the keystore and of its key"),
    HTTPS_KEYSTORE_TYPE("https.keystore.type", "PKCS12", "PKCS12 or JKS"),
    HTTPS_KEY_ALIAS("https.key.alias", "", "alias of the key to serve (empty: the keystore's only key)"),
    ADMIN_PORT("admin.port", "7081",
            "port of /metrics (Prometheus) and /health, on bind.address (empty: no admin listener)"),
    USAGE_ENABLED("usage.enabled", "true", "keep per-account daily call counts in the account store"),
    USAGE_FLUSH_SECONDS("usage.flush.seconds", "10", "how often the call counts are added to the store"),
    VOLUME_DISK_OFFERING("volume.disk.offering", "",
            "disk offering (with a custom size) that CreateVolume uses; empty: the first custom-size offering by "
                    + "name (docs/volumes.md)");

    private final String key;
    private final String defaultValue;
    private final String description;

    ConfigKey(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public String environmentVariable() {
        return "EC2_GATEWAY_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_');
    }

    public String flag() {
        return "--" + key.replace('.', '-');
    }
}
