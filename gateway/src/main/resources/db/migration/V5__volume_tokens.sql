-- Portable SQL: runs unchanged on H2 (the embedded store) and MariaDB/MySQL (db.url).
-- CreateVolume ClientToken, as client_tokens for RunInstances: the first request inserts the row (the
-- primary key makes a concurrent copy wait for it), and stores its answer (the volume, JSON) once accepted.
CREATE TABLE volume_tokens (
    access_key VARCHAR(255) NOT NULL,
    client_token VARCHAR(64) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    answer MEDIUMTEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (access_key, client_token)
);
