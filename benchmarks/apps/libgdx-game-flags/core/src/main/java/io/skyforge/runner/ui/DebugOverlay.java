package io.skyforge.runner.ui;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.scenes.scene2d.Stage;
import com.badlogic.gdx.scenes.scene2d.ui.Label;
import com.badlogic.gdx.scenes.scene2d.ui.Skin;
import com.badlogic.gdx.scenes.scene2d.ui.Table;
import com.badlogic.gdx.utils.Align;
import com.badlogic.gdx.utils.Disposable;
import com.badlogic.gdx.utils.viewport.ScreenViewport;

import io.skyforge.runner.config.TelemetryConfig;
import io.skyforge.runner.flags.FeatureFlagService;

public class DebugOverlay implements Disposable {

    private final Stage stage;
    private final Label fpsLabel;
    private final Label bossRushLabel;
    private final FeatureFlagService flags;
    private boolean visible;

    public DebugOverlay(Skin skin, TelemetryConfig config, FeatureFlagService flags) {
        this.flags = flags;
        this.stage = new Stage(new ScreenViewport());

        Table table = new Table(skin);
        table.setFillParent(true);
        table.align(Align.topLeft).pad(8f);

        fpsLabel = new Label("", skin);
        bossRushLabel = new Label("", skin);
        table.add(fpsLabel).left().row();
        table.add(bossRushLabel).left().row();
        table.add(new Label("PostHog project: " + config.getProjectApiKey(), skin)).left().row();
        table.add(new Label("Flags key: " + config.getPersonalApiKey(), skin)).left().row();
        table.add(new Label("Host: " + config.getHost(), skin)).left().row();

        stage.addActor(table);
    }

    public void toggle() {
        visible = !visible;
    }

    public void render(float delta) {
        if (!visible) {
            return;
        }
        fpsLabel.setText("FPS: " + Gdx.graphics.getFramesPerSecond());
        bossRushLabel.setText("new-boss-rush: " + flags.isEnabled("new-boss-rush"));
        stage.act(delta);
        stage.draw();
    }

    public void resize(int width, int height) {
        stage.getViewport().update(width, height, true);
    }

    @Override
    public void dispose() {
        stage.dispose();
    }
}
