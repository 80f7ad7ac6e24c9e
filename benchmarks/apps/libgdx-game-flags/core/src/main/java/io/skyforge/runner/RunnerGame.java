package io.skyforge.runner;

import com.badlogic.gdx.ApplicationAdapter;
import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.Input;
import com.badlogic.gdx.graphics.Texture;
import com.badlogic.gdx.graphics.g2d.SpriteBatch;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.utils.ObjectMap;
import com.badlogic.gdx.utils.ScreenUtils;

import io.skyforge.runner.account.AccountService;
import io.skyforge.runner.config.TelemetryConfig;
import io.skyforge.runner.diagnostics.CrashReporter;
import io.skyforge.runner.flags.FeatureFlagService;
import io.skyforge.runner.net.LeaderboardClient;
import io.skyforge.runner.net.PostHogNetClient;
import io.skyforge.runner.prefs.PlayerPrefs;
import io.skyforge.runner.ui.DebugOverlay;

public class RunnerGame extends ApplicationAdapter {

    private static final String TAG = "SkyforgeRunner";

    private final String platform;
    private TelemetryConfig telemetry;
    private PlayerPrefs prefs;
    private PostHogNetClient posthog;
    private FeatureFlagService flags;
    private AccountService account;
    private LeaderboardClient leaderboard;
    private DebugOverlay overlay;
    private SpriteBatch batch;
    private Texture background;
    private Skin skin;
    private int sessionId;
    private int score;

    public RunnerGame(String platform) {
        this.platform = platform;
    }

    @Override
    public void create() {
        CrashReporter.install();
        telemetry = TelemetryConfig.load();
        Gdx.app.log(TAG, "Loaded " + telemetry);
        if (!telemetry.hasPersonalApiKey()) {
            Gdx.app.log(TAG, "missing property " + TelemetryConfig.PERSONAL_KEY_PROP
                    + ", feature flags fall back to remote evaluation");
        } else {
            int keyLength = telemetry.getPersonalApiKey().length();
            Gdx.app.log(TAG, "flags key " + telemetry.maskedPersonalApiKey() + " (" + keyLength + " chars)");
        }

        prefs = new PlayerPrefs();
        prefs.cacheTelemetryKeys(telemetry);
        sessionId = prefs.nextSessionId();
        Gdx.app.log(TAG, "session " + sessionId + " for " + prefs.distinctId());

        posthog = new PostHogNetClient(telemetry);
        flags = new FeatureFlagService(posthog, telemetry);
        flags.start();

        account = new AccountService();
        leaderboard = new LeaderboardClient(telemetry.getLeaderboardUrl(), account);

        batch = new SpriteBatch();
        background = new Texture("background.png");
        skin = new Skin(Gdx.files.internal("ui/uiskin.json"));
        overlay = new DebugOverlay(skin, telemetry, flags);

        if (prefs.analyticsOptIn()) {
            ObjectMap<String, Object> props = new ObjectMap<>();
            props.put("platform", platform);
            props.put("session_number", sessionId);
            posthog.capture(prefs.distinctId(), "game_started", props);
        }
    }

    @Override
    public void render() {
        float delta = Gdx.graphics.getDeltaTime();
        if (Gdx.input.isKeyJustPressed(Input.Keys.F3)) {
            overlay.toggle();
        }
        if (Gdx.input.isKeyJustPressed(Input.Keys.ENTER)) {
            leaderboard.submitScore(score, sessionId);
        }
        score += flags.isEnabled("new-boss-rush") ? 2 : 1;

        ScreenUtils.clear(0.08f, 0.09f, 0.15f, 1f);
        batch.begin();
        batch.draw(background, 0, 0);
        batch.end();
        overlay.render(delta);
    }

    @Override
    public void resize(int width, int height) {
        overlay.resize(width, height);
    }

    @Override
    public void dispose() {
        flags.stop();
        overlay.dispose();
        skin.dispose();
        background.dispose();
        batch.dispose();
    }

    public AccountService getAccount() {
        return account;
    }

    public TelemetryConfig getTelemetry() {
        return telemetry;
    }
}
