package com.harborlight.rewards.flags;

import com.harborlight.rewards.member.Member;
import com.posthog.server.PostHogInterface;
import jakarta.inject.Singleton;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Singleton
public class FeatureFlagService {

    public static final String NEW_REWARDS_UI = "new-rewards-ui";
    public static final String DOUBLE_POINTS_WEEKEND = "double-points-weekend";

    private static final Logger LOG = LoggerFactory.getLogger(FeatureFlagService.class);

    private final PostHogInterface posthog;

    public FeatureFlagService(PostHogInterface posthog) {
        this.posthog = posthog;
    }

    public boolean isEnabled(Member member, String flag) {
        boolean enabled = posthog.isFeatureEnabled(String.valueOf(member.id()), flag, false);
        LOG.debug("Flag {} for member {} ({}) -> {}", flag, member.id(), member.tier(), enabled);
        return enabled;
    }

    public int pointsMultiplier(Member member) {
        return isEnabled(member, DOUBLE_POINTS_WEEKEND) ? 2 : 1;
    }

    public void trackRedemption(Member member, String rewardCode, int points) {
        posthog.capture(String.valueOf(member.id()), "reward_redeemed",
                Map.of("reward", rewardCode, "points", points, "tier", member.tier()));
    }
}
