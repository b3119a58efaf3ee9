-- Portable SQL: runs unchanged on H2 (the embedded store) and MariaDB/MySQL (db.url).
-- EC2's fingerprint and key type of each key pair created or imported through the gateway: CloudStack lists
-- only its own MD5 and keeps neither the private key nor the key type (issue 3).
CREATE TABLE key_pair_fingerprints (
    access_key VARCHAR(255) NOT NULL,
    key_pair_uuid VARCHAR(64) NOT NULL,
    fingerprint VARCHAR(128) NOT NULL,
    key_type VARCHAR(16) NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (access_key, key_pair_uuid)
);
