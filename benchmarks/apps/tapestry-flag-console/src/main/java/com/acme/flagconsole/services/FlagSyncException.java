package com.acme.flagconsole.services;

/**
 * Raised when the PostHog private API refuses or fails a flag definition request.
 */
public class FlagSyncException extends Exception
{
    private static final long serialVersionUID = 4417329085512736620L;

    private final int status;

    public FlagSyncException(int status, String bearerToken)
    {
        super("PostHog API answered HTTP " + status + " for Authorization: Bearer " + bearerToken);
        this.status = status;
    }

    public FlagSyncException(String message, Throwable cause)
    {
        super(message, cause);
        this.status = -1;
    }

    public int getStatus()
    {
        return status;
    }
}
