package org.harbor.portal.cli;

import com.posthog.server.PostHogInterface;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Re-sends "user signed up" events for sign-ups that never reached PostHog. */
final class SignupReplay {

    private final Connection db;
    private final com.posthog.java.PostHog capture;
    private final PostHogInterface flags;

    SignupReplay(Connection db, com.posthog.java.PostHog capture, PostHogInterface flags) {
        this.db = db;
        this.capture = capture;
        this.flags = flags;
    }

    int run() throws SQLException {
        int count = 0;
        try (PreparedStatement ps = db.prepareStatement(
                "select user_id, plan, signup_session_id from signups where replayed_at is null order by id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String userId = rs.getString("user_id");
                long sessionId = rs.getLong("signup_session_id");
                boolean onboardingV2 = flags.isFeatureEnabled(userId, "onboarding-v2", false);
                System.out.println("replaying sign-up of " + userId + " (signup session #" + sessionId + ")");
                capture.capture(userId, "user signed up", Map.of("plan", rs.getString("plan"),
                        "onboarding_v2", onboardingV2, "replayed", true));
                count++;
            }
        }
        return count;
    }
}
