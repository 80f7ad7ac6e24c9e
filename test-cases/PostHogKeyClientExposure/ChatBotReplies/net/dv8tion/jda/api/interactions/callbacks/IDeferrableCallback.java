package net.dv8tion.jda.api.interactions.callbacks;

import net.dv8tion.jda.api.interactions.InteractionHook;

public interface IDeferrableCallback {
  InteractionHook getHook();
}
