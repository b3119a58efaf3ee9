-- X.509 certificates that sign SOAP requests (WS-Security), each registered to one access key.
-- Keyed by the SHA-256 fingerprint of the DER certificate; the PEM is kept so that admins can see it.

CREATE TABLE certificates (
    fingerprint VARCHAR(64) NOT NULL,
    access_key VARCHAR(255) NOT NULL,
    subject VARCHAR(1024) NOT NULL,
    not_after TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    pem VARCHAR(8000) NOT NULL,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (fingerprint)
);

CREATE INDEX certificates_by_access_key ON certificates (access_key);
