package io.github.teamauthkit.cli;

import io.github.teamauthkit.client.TeamAuthClient;
import picocli.CommandLine.IVersionProvider;

/** {@code paperspace --version}: the version of the client the command is built on. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"paperspace " + TeamAuthClient.VERSION, "Java " + System.getProperty("java.version")};
    }
}
