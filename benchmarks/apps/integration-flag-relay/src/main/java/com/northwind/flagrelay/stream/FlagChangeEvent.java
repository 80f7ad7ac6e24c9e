package com.northwind.flagrelay.stream;

/**
 * One flag's state after a sync. {@code syncToken} is the relay's monotonically increasing sync counter.
 */
public record FlagChangeEvent(String flagKey, boolean active, long syncToken) {
}
