package dev.ec2gateway.gateway.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The per-account call counts kept in the account store; every node adds to the same rows. */
public final class UsageLedger {
    private final Database database;

    UsageLedger(Database database) {
        this.database = database;
    }

    /** Adds each count's calls to its row, creating the row when it is the first of its kind. */
    public void add(List<UsageCount> counts) {
        for (UsageCount count : counts) {
            database.upsert(
                    "UPDATE usage_counts SET call_count = call_count + ?"
                            + " WHERE access_key = ? AND usage_day = ? AND ec2_action = ? AND outcome = ?",
                    new Object[] {count.calls(), count.accessKey(), count.day(), count.action(), count.outcome()},
                    "INSERT INTO usage_counts (access_key, usage_day, ec2_action, outcome, call_count)"
                            + " VALUES (?, ?, ?, ?, ?)",
                    new Object[] {count.accessKey(), count.day(), count.action(), count.outcome(), count.calls()});
        }
    }

    /** The counts from {@code since} to {@code until} (both included), of one access key or of all. */
    public List<UsageCount> list(Optional<String> accessKey, LocalDate since, LocalDate until) {
        List<Object> params = new ArrayList<>(List.of(since, until));
        String sql = "SELECT usage_day, access_key, ec2_action, outcome, call_count FROM usage_counts"
                + " WHERE usage_day >= ? AND usage_day <= ?";
        if (accessKey.isPresent()) {
            sql += " AND access_key = ?";
            params.add(accessKey.get());
        }
        sql += " ORDER BY usage_day, access_key, ec2_action, outcome";
        return database.query(sql, row -> new UsageCount(row.getObject("usage_day", LocalDate.class),
                row.getString("access_key"), row.getString("ec2_action"), row.getString("outcome"),
                row.getLong("call_count")), params.toArray());
    }
}
