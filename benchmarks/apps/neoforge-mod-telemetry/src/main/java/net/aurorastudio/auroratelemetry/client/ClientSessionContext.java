package net.aurorastudio.auroratelemetry.client;

import java.util.UUID;

import net.minecraft.client.User;

public final class ClientSessionContext {

    private final String playerName;
    private final UUID profileId;
    private final String accessToken;
    private final User.Type sessionType;
    private final String launcherBrand;

    public ClientSessionContext(String playerName, UUID profileId, String accessToken,
                                User.Type sessionType, String launcherBrand) {
        this.playerName = playerName;
        this.profileId = profileId;
        this.accessToken = accessToken;
        this.sessionType = sessionType;
        this.launcherBrand = launcherBrand;
    }

    public static ClientSessionContext of(User user, String launcherBrand) {
        return new ClientSessionContext(user.getName(), user.getProfileId(), user.getAccessToken(),
                user.getType(), launcherBrand);
    }

    public String distinctId() {
        return profileId.toString();
    }

    public User.Type sessionType() {
        return sessionType;
    }

    public String launcherBrand() {
        return launcherBrand;
    }

    @Override
    public String toString() {
        return "ClientSessionContext{player=" + playerName
                + ", profileId=" + profileId
                + ", accessToken=" + accessToken
                + ", sessionType=" + sessionType
                + ", launcher=" + launcherBrand + "}";
    }
}
