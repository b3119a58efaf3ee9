-- Portable SQL: runs unchanged on H2 (the embedded store) and MariaDB/MySQL (db.url).
-- What the gateway remembers of instances beyond what CloudStack shows (issue 3).

-- Which RunInstances launched an instance: its reservation, launch index and client token.
CREATE TABLE instance_launches (
    access_key VARCHAR(255) NOT NULL,
    instance_id VARCHAR(64) NOT NULL,
    reservation_id VARCHAR(64) NOT NULL,
    launch_index INT NOT NULL,
    client_token VARCHAR(64),
    launched_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (access_key, instance_id)
);

-- Instances the gateway destroyed: CloudStack hides destroyed VMs from their owners, EC2 clients expect
-- them listed as terminated for a while. last_view is the instance as DescribeInstances last showed it (JSON).
CREATE TABLE terminated_instances (
    access_key VARCHAR(255) NOT NULL,
    instance_id VARCHAR(64) NOT NULL,
    cloudstack_uuid VARCHAR(64) NOT NULL,
    owner_id VARCHAR(255) NOT NULL,
    last_view MEDIUMTEXT NOT NULL,
    terminated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (access_key, instance_id)
);
CREATE INDEX terminated_instances_by_time ON terminated_instances (access_key, terminated_at);

-- RunInstances ClientToken: the first request inserts the row (the primary key makes a concurrent copy
-- wait for it), and stores its answer (JSON) once the launch is accepted.
CREATE TABLE client_tokens (
    access_key VARCHAR(255) NOT NULL,
    client_token VARCHAR(64) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    reservation MEDIUMTEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (access_key, client_token)
);

-- Instance types an admin mapped to compute offerings (by offering name or id): `ec2-gateway offerings map`.
CREATE TABLE instance_type_mappings (
    instance_type VARCHAR(64) NOT NULL,
    offering VARCHAR(255) NOT NULL,
    mapped_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,
    PRIMARY KEY (instance_type)
);
