package recordbuilt;

/** A plain record: its toString() shows every component, whatever it is named. */
public record SyncStatus(String host, String authKey, int flags) {}
