package com.acme.flagconsole.services;

import java.util.List;
import java.util.Map;

import org.apache.tapestry5.hibernate.annotations.CommitAfter;

import com.acme.flagconsole.entities.FlagOverride;

/**
 * Reads flag values from PostHog and keeps the local override table in sync.
 */
public interface FlagSyncService
{
    List<FlagOverride> listOverrides();

    Map<String, Object> evaluateFlags(String distinctId, List<String> flagKeys);

    @CommitAfter
    int pullFlagDefinitions() throws FlagSyncException;

    @CommitAfter
    void saveOverride(FlagOverride override);
}
