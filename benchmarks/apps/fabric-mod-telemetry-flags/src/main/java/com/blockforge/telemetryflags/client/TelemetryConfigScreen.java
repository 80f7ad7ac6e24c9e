package com.blockforge.telemetryflags.client;

import com.blockforge.telemetryflags.config.ConfigManager;
import com.blockforge.telemetryflags.config.ModConfig;
import com.blockforge.telemetryflags.config.PostHogDefaults;
import net.fabricmc.api.EnvType;
import net.fabricmc.api.Environment;
import net.minecraft.client.gui.DrawContext;
import net.minecraft.client.gui.screen.Screen;
import net.minecraft.client.gui.widget.ButtonWidget;
import net.minecraft.client.gui.widget.TextFieldWidget;
import net.minecraft.screen.ScreenTexts;
import net.minecraft.text.Text;

@Environment(EnvType.CLIENT)
public class TelemetryConfigScreen extends Screen {

    private final Screen parent;
    private final ModConfig config;
    private TextFieldWidget hostField;
    private TextFieldWidget secureKeyField;

    public TelemetryConfigScreen(Screen parent) {
        super(Text.translatable("telemetryflags.config.title"));
        this.parent = parent;
        this.config = ConfigManager.get();
    }

    @Override
    protected void init() {
        int left = this.width / 2 - 150;

        hostField = new TextFieldWidget(this.textRenderer, left, 50, 300, 20,
                Text.translatable("telemetryflags.config.host"));
        hostField.setMaxLength(256);
        hostField.setText(config.host);
        addDrawableChild(hostField);

        secureKeyField = new TextFieldWidget(this.textRenderer, left, 90, 300, 20,
                Text.translatable("telemetryflags.config.secure_key"));
        secureKeyField.setMaxLength(128);
        secureKeyField.setPlaceholder(Text.literal(PostHogDefaults.KEY_PLACEHOLDER));
        secureKeyField.setText(config.secureFlagsKey);
        addDrawableChild(secureKeyField);

        addDrawableChild(ButtonWidget.builder(debugLabel(), button -> {
            config.debug = !config.debug;
            button.setMessage(debugLabel());
        }).dimensions(left, 120, 300, 20).build());

        addDrawableChild(ButtonWidget.builder(ScreenTexts.DONE, button -> saveAndClose())
                .dimensions(left, this.height - 30, 300, 20)
                .build());
    }

    private Text debugLabel() {
        return Text.translatable("telemetryflags.config.debug").append(": ")
                .append(config.debug ? ScreenTexts.ON : ScreenTexts.OFF);
    }

    private void saveAndClose() {
        config.host = hostField.getText().trim();
        config.secureFlagsKey = secureKeyField.getText().trim();
        ConfigManager.save(config);
        close();
    }

    @Override
    public void close() {
        if (this.client != null) {
            this.client.setScreen(parent);
        }
    }

    @Override
    public void render(DrawContext context, int mouseX, int mouseY, float delta) {
        super.render(context, mouseX, mouseY, delta);
        context.drawCenteredTextWithShadow(this.textRenderer, this.title, this.width / 2, 20, 0xFFFFFF);
        context.drawTextWithShadow(this.textRenderer, Text.translatable("telemetryflags.config.host"),
                this.width / 2 - 150, 38, 0xA0A0A0);
        context.drawTextWithShadow(this.textRenderer, Text.translatable("telemetryflags.config.secure_key"),
                this.width / 2 - 150, 78, 0xA0A0A0);
    }
}
