-- Per-account call counts: one row per access key, UTC day, EC2 action and outcome (ok or the EC2
-- error code), incremented by every gateway node. Portable SQL, like V1.

CREATE TABLE usage_counts (
    access_key VARCHAR(255) NOT NULL,
    usage_day DATE NOT NULL,
    ec2_action VARCHAR(64) NOT NULL,
    outcome VARCHAR(64) NOT NULL,
    call_count BIGINT NOT NULL,
    PRIMARY KEY (access_key, usage_day, ec2_action, outcome)
);
