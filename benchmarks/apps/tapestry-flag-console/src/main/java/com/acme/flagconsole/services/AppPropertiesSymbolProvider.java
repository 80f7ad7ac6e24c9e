package com.acme.flagconsole.services;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.tapestry5.ioc.services.SymbolProvider;

/**
 * Resolves symbols from a properties file on the classpath, so that deployments can ship their own
 * app.properties next to the WAR.
 */
public class AppPropertiesSymbolProvider implements SymbolProvider
{
    private static final Logger LOG = LogManager.getLogger(AppPropertiesSymbolProvider.class);

    private final Properties properties = new Properties();

    private final String resourceName;

    public AppPropertiesSymbolProvider(String resourceName)
    {
        this.resourceName = resourceName;

        ClassLoader loader = Thread.currentThread().getContextClassLoader();

        try (InputStream in = loader.getResourceAsStream(resourceName))
        {
            if (in == null)
            {
                LOG.warn("Symbol file {} not found on the classpath", resourceName);
                return;
            }

            properties.load(in);
            LOG.info("Loaded {} symbols from {}", properties.size(), resourceName);
        }
        catch (IOException e)
        {
            throw new IllegalStateException("Unable to read symbol file " + resourceName, e);
        }
    }

    @Override
    public String valueForSymbol(String symbolName)
    {
        String value = properties.getProperty(symbolName);

        if (value != null)
        {
            LOG.debug("Symbol {} resolved from {}: {}", symbolName, resourceName, value);
        }

        return value;
    }
}
