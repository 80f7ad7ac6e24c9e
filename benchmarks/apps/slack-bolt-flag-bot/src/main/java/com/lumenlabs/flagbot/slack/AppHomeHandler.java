package com.lumenlabs.flagbot.slack;

import com.lumenlabs.flagbot.config.BotConfig;
import com.lumenlabs.flagbot.posthog.BuildInfo;
import com.lumenlabs.flagbot.support.KeyMasker;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.view.Views.view;

/**
 * Renders the bot's App Home tab: connection status and a cheat sheet.
 */
public class AppHomeHandler implements BoltEventHandler<AppHomeOpenedEvent> {

    private static final Logger log = LoggerFactory.getLogger(AppHomeHandler.class);

    private final BotConfig config;

    public AppHomeHandler(BotConfig config) {
        this.config = config;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx)
            throws IOException, SlackApiException {
        String userId = payload.getEvent().getUser();
        String maskedKey = KeyMasker.mask(config.getPersonalApiKey());
        log.info("App home opened by {}; PostHog personal key in use: {}", userId, maskedKey);

        View home = view(v -> v.type("home").blocks(asBlocks(
                header(h -> h.text(plainText("Feature flags :triangular_flag_on_post:"))),
                section(s -> s.text(markdownText("*PostHog project* `" + config.getPosthogProjectId() + "` on "
                        + config.getPosthogHost()))),
                section(s -> s.text(markdownText("*Private API access:* "
                        + (config.hasPersonalApiKey() ? ":white_check_mark: configured" : ":x: missing")))),
                divider(),
                section(s -> s.text(markdownText("Try `/flag list`, `/flag on new-checkout` or `/flag check new-checkout user-42`."))),
                context(c -> c.elements(java.util.List.of(markdownText("flagbot " + BuildInfo.VERSION))))
        )));

        ViewsPublishResponse published = ctx.client().viewsPublish(r -> r.userId(userId).view(home));
        if (!published.isOk()) {
            log.warn("views.publish failed for {}: {}", userId, published.getError());
        }
        return ctx.ack();
    }
}
