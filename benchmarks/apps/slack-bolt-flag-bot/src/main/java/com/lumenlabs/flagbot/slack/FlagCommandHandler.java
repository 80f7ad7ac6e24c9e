package com.lumenlabs.flagbot.slack;

import com.lumenlabs.flagbot.posthog.FeatureFlag;
import com.lumenlabs.flagbot.posthog.PostHogApiException;
import com.lumenlabs.flagbot.service.FeatureFlagService;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.util.ArrayList;
import java.util.List;
import java.util.StringTokenizer;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * {@code /flag list | on <key> | off <key> | check <key> <distinct-id> | help}
 */
public class FlagCommandHandler implements SlashCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagCommandHandler.class);
    private static final int MAX_LISTED = 40;

    private final FeatureFlagService flags;

    public FlagCommandHandler(FeatureFlagService flags) {
        this.flags = flags;
    }

    @Override
    public Response apply(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload payload = req.getPayload();
        MDC.put("slackTeam", payload.getTeamId());
        try {
            log.debug("/flag '{}' from {} in team {} (bot token {})",
                    payload.getText(), payload.getUserName(), payload.getTeamId(), ctx.getBotToken());

            StringTokenizer tokenizer = new StringTokenizer(payload.getText() == null ? "" : payload.getText());
            if (!tokenizer.hasMoreTokens()) {
                return ctx.ack(help());
            }
            String token = tokenizer.nextToken().toLowerCase();
            switch (token) {
                case "list":
                    return ctx.ack(listBlocks());
                case "on":
                case "off":
                    if (!tokenizer.hasMoreTokens()) {
                        return ctx.ack("Usage: `/flag " + token + " <flag-key>`");
                    }
                    String flagKey = tokenizer.nextToken();
                    FeatureFlag updated = flags.toggle(flagKey, token.equals("on"), payload.getUserId());
                    return ctx.ack(r -> r.responseType("in_channel").blocks(asBlocks(
                            section(s -> s.text(markdownText("<@" + payload.getUserId() + "> turned *"
                                    + updated.key() + "* " + (updated.active() ? "ON :large_green_circle:" : "OFF :red_circle:")))))));
                case "check":
                    if (tokenizer.countTokens() < 2) {
                        return ctx.ack("Usage: `/flag check <flag-key> <distinct-id>`");
                    }
                    String key = tokenizer.nextToken();
                    String distinctId = tokenizer.nextToken();
                    boolean enabled = flags.isEnabledFor(key, distinctId);
                    return ctx.ack("`" + key + "` is *" + (enabled ? "enabled" : "disabled") + "* for `" + distinctId + "`");
                case "help":
                    return ctx.ack(help());
                default:
                    log.debug("Unknown /flag sub-command token '{}'", token);
                    return ctx.ack(help());
            }
        } catch (PostHogApiException e) {
            log.warn("PostHog API call for /flag failed with status {}", e.getStatus());
            return ctx.ack(":warning: PostHog did not accept the request (HTTP " + e.getStatus() + "). Ops has been notified.");
        } finally {
            MDC.remove("slackTeam");
        }
    }

    private List<LayoutBlock> listBlocks() {
        List<FeatureFlag> active = flags.activeFlags();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*" + active.size() + " active feature flags*"))));
        blocks.add(divider());
        active.stream().limit(MAX_LISTED).forEach(f -> blocks.add(section(s -> s.text(markdownText(
                "`" + f.key() + "` " + (f.name() == null ? "" : f.name())
                        + (f.rolloutPercentage() == null ? "" : " (" + f.rolloutPercentage() + "%)"))))));
        if (active.size() > MAX_LISTED) {
            blocks.add(context(c -> c.elements(List.of(markdownText("…and " + (active.size() - MAX_LISTED) + " more")))));
        }
        return blocks;
    }

    private static List<LayoutBlock> help() {
        return asBlocks(section(s -> s.text(markdownText(
                "*/flag list* – active flags\n"
                        + "*/flag on|off <key>* – toggle a flag\n"
                        + "*/flag check <key> <distinct-id>* – evaluate a flag for a person"))));
    }
}
