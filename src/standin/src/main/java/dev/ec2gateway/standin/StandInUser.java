package dev.ec2gateway.standin;

/**
 * A user of the stand-in with the keys it signs its CloudStack calls with.
 *
 * @param account   the account name
 * @param userId    the user's UUID
 * @param apiKey    the user's API key
 * @param secretKey the user's secret key
 */
public record StandInUser(String account, String userId, String apiKey, String secretKey) {

    @Override
    public String toString() {
        return "StandInUser[account=" + account + ", userId=" + userId + ", apiKey=" + apiKey + "]";
    }
}
