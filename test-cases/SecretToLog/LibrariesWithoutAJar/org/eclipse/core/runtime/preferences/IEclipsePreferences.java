package org.eclipse.core.runtime.preferences;

public interface IEclipsePreferences extends org.osgi.service.prefs.Preferences {}
