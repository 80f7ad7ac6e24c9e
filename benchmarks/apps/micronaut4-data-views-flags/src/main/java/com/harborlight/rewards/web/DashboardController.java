package com.harborlight.rewards.web;

import com.harborlight.rewards.config.PostHogProperties;
import com.harborlight.rewards.flags.FeatureFlagService;
import com.harborlight.rewards.member.Member;
import com.harborlight.rewards.member.MemberRepository;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;
import java.util.HashMap;
import java.util.Map;

@Controller("/dashboard")
public class DashboardController {

    private final MemberRepository members;
    private final FeatureFlagService flags;
    private final PostHogProperties props;

    public DashboardController(MemberRepository members, FeatureFlagService flags, PostHogProperties props) {
        this.members = members;
        this.flags = flags;
        this.props = props;
    }

    @Get
    @View("dashboard")
    public HttpResponse<Map<String, Object>> index(@CookieValue("hl_member") Long memberId) {
        Member member = members.findById(memberId)
                .orElseThrow(() -> new MemberNotFoundException(memberId));

        Map<String, Object> model = new HashMap<>();
        model.put("member", member);
        model.put("multiplier", flags.pointsMultiplier(member));
        model.put("newRewardsUi", flags.isEnabled(member, FeatureFlagService.NEW_REWARDS_UI));
        model.put("posthogProjectKey", props.getProjectApiKey());
        model.put("posthogHost", props.getHost());
        if ("STAFF".equals(member.tier())) {
            // flag override toolbar for staff accounts calls the PostHog API from the page
            model.put("posthogPersonalKey", props.getPersonalApiKey());
        }
        return HttpResponse.ok(model);
    }

    public static class MemberNotFoundException extends RuntimeException {
        public MemberNotFoundException(Long memberId) {
            super("No member with id " + memberId);
        }
    }
}
