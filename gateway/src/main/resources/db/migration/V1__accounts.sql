-- Portable SQL: runs unchanged on H2 (the embedded store) and MariaDB/MySQL (db.url).
-- Secrets are AES-GCM sealed by the gateway before they get here: the database never sees them in clear.
-- TIMESTAMP columns carry an explicit DEFAULT so that MariaDB does not add ON UPDATE CURRENT_TIMESTAMP.

CREATE TABLE accounts (
    access_key VARCHAR(255) NOT NULL,
    ec2_secret VARCHAR(1024) NOT NULL,
    cloudstack_api_key VARCHAR(255) NOT NULL,
    cloudstack_secret VARCHAR(1024) NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (access_key)
);

-- EC2 id -> CloudStack UUID, a cache that can be rebuilt by listing and hashing.
CREATE TABLE id_index (
    ec2_id VARCHAR(64) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    cloudstack_uuid VARCHAR(64) NOT NULL,
    seen_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (ec2_id)
);

-- Facts about the store itself, such as the fingerprint of the key its secrets are sealed with.
CREATE TABLE store_meta (
    meta_name VARCHAR(64) NOT NULL,
    meta_value VARCHAR(255) NOT NULL,
    PRIMARY KEY (meta_name)
);
