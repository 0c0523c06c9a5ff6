package io.github.pilotplan.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version {@code --version} prints, from the {@code version.properties} the build fills in.
 *
 * <pre>{@code
 * new VersionProvider().getVersion();   // ["pilotplan 0.1.0-SNAPSHOT"]
 * }</pre>
 */
final class VersionProvider implements IVersionProvider {

  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() throws IOException {
    Properties properties = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        properties.load(in);
      }
    }
    return new String[] {PilotplanCli.NAME + " " + properties.getProperty("version", "(unknown version)")};
  }
}
