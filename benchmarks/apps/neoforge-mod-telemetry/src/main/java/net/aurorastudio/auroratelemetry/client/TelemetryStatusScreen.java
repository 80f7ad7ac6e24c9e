package net.aurorastudio.auroratelemetry.client;

import net.aurorastudio.auroratelemetry.config.TelemetryConfig;
import net.minecraft.client.gui.GuiGraphics;
import net.minecraft.client.gui.components.Button;
import net.minecraft.client.gui.screens.Screen;
import net.minecraft.network.chat.CommonComponents;
import net.minecraft.network.chat.Component;

public class TelemetryStatusScreen extends Screen {

    private final Screen parent;
    private Button optInButton;

    public TelemetryStatusScreen(Screen parent) {
        super(Component.translatable("screen.auroratelemetry.status"));
        this.parent = parent;
    }

    @Override
    protected void init() {
        int centerX = this.width / 2;
        this.optInButton = this.addRenderableWidget(Button.builder(optInLabel(), button -> toggleOptIn())
                .bounds(centerX - 100, this.height / 2 + 10, 200, 20)
                .build());
        this.addRenderableWidget(Button.builder(CommonComponents.GUI_DONE, button -> this.onClose())
                .bounds(centerX - 100, this.height - 40, 200, 20)
                .build());
        ClientTelemetry.captureScreen("telemetry_status");
    }

    private Component optInLabel() {
        return Component.translatable(TelemetryConfig.CLIENT_OPT_IN.get()
                ? "screen.auroratelemetry.opt_out"
                : "screen.auroratelemetry.opt_in");
    }

    private void toggleOptIn() {
        TelemetryConfig.CLIENT_OPT_IN.set(!TelemetryConfig.CLIENT_OPT_IN.get());
        TelemetryConfig.CLIENT_OPT_IN.save();
        this.optInButton.setMessage(optInLabel());
    }

    @Override
    public void render(GuiGraphics guiGraphics, int mouseX, int mouseY, float partialTick) {
        super.render(guiGraphics, mouseX, mouseY, partialTick);
        int centerX = this.width / 2;
        guiGraphics.drawCenteredString(this.font, this.title, centerX, 20, 0xFFFFFF);
        guiGraphics.drawCenteredString(this.font,
                Component.translatable("screen.auroratelemetry.project", TelemetryConfig.CLIENT_PROJECT_KEY.get()),
                centerX, 45, 0xA0A0A0);
        guiGraphics.drawCenteredString(this.font,
                Component.translatable("screen.auroratelemetry.flags_key", ClientTelemetry.maskedFlagsKey()),
                centerX, 60, 0xA0A0A0);
        guiGraphics.drawCenteredString(this.font,
                Component.translatable(ClientTelemetry.isOptedIn()
                        ? "screen.auroratelemetry.connected"
                        : "screen.auroratelemetry.idle"),
                centerX, 75, 0xA0A0A0);
    }

    @Override
    public void onClose() {
        this.minecraft.setScreen(this.parent);
    }
}
