package com.acme.flagledger.web;

import com.acme.flagledger.command.RequestRolloutCommand;
import com.acme.flagledger.config.PostHogProperties;
import com.acme.flagledger.posthog.PostHogFlagGateway;
import com.acme.flagledger.projection.FlagLedgerProjection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/flags")
public class FlagAdminController {

    public record RolloutForm(
            @Min(0) @Max(100) int percentage,
            String targeting,
            @NotBlank String approvalToken) {
    }

    private final CommandGateway commandGateway;
    private final FlagLedgerProjection projection;
    private final PostHogFlagGateway flagGateway;
    private final PostHogProperties properties;

    public FlagAdminController(CommandGateway commandGateway, FlagLedgerProjection projection,
                               PostHogFlagGateway flagGateway, PostHogProperties properties) {
        this.commandGateway = commandGateway;
        this.projection = projection;
        this.flagGateway = flagGateway;
        this.properties = properties;
    }

    @GetMapping
    public String index(Model model) {
        model.addAttribute("ledger", projection.all());
        model.addAttribute("posthogProjectKey", properties.getApiKey());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("personalKeyConfigured", StringUtils.hasText(properties.getPersonalApiKey()));
        model.addAttribute("flagsSecureKey", properties.getProjectSecretKey());
        return "flags/index";
    }

    @GetMapping("/{flagKey}")
    public String history(@PathVariable String flagKey, Model model) {
        model.addAttribute("flagKey", flagKey);
        model.addAttribute("entries", projection.historyOf(flagKey));
        model.addAttribute("form", new RolloutForm(0, "", ""));
        return "flags/history";
    }

    @PostMapping("/{flagKey}/rollout")
    public String requestRollout(@PathVariable String flagKey, @Valid @ModelAttribute("form") RolloutForm form,
                                 Principal principal) {
        commandGateway.sendAndWait(new RequestRolloutCommand(
                flagKey, form.percentage(), form.targeting(), principal.getName(), form.approvalToken()));
        return "redirect:/flags/" + flagKey;
    }

    @PostMapping("/{flagKey}/sync")
    public String sync(@PathVariable String flagKey, @RequestParam long posthogFlagId,
                       @RequestParam int percentage) {
        flagGateway.pushRollout(posthogFlagId, percentage);
        return "redirect:/flags/" + flagKey;
    }

    /** Deep link into PostHog's UI, pre-authenticated so release managers skip the login. */
    @GetMapping("/{flagKey}/open-in-posthog")
    public String openInPostHog(@PathVariable String flagKey) {
        String url = UriComponentsBuilder.fromHttpUrl(properties.getPrivateApiHost())
                .path("/project/{projectId}/feature_flags")
                .queryParam("search", flagKey)
                .queryParam("personal_api_key", properties.getPersonalApiKey())
                .buildAndExpand(properties.getProjectId())
                .toUriString();
        return "redirect:" + url;
    }
}
